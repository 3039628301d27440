package vn.kynangso.authoring;

import java.time.Instant;

/**
 * Someone else saved this field since the editor read it. Nothing was overwritten: the editor keeps
 * what this trainer typed and shows the other's text, to merge and save again.
 *
 * @param field the field, as {@link AuthoringService} names them
 * @param theirs the field's text now (for a question or the settings, a readable summary)
 */
public class EditConflict extends RuntimeException {

    private final String field;
    private final String theirs;
    private final long byAccountId;
    private final Instant at;
    private final transient Object theirValue;

    EditConflict(String field, Object theirValue, String theirs, long byAccountId, Instant at) {
        super("Edit conflict on " + field);
        this.field = field;
        this.theirValue = theirValue;
        this.theirs = theirs;
        this.byAccountId = byAccountId;
        this.at = at;
    }

    public String field() {
        return field;
    }

    public String theirs() {
        return theirs;
    }

    /** The value now stored: a String for text fields, a question or settings record otherwise. */
    public Object theirValue() {
        return theirValue;
    }

    public long byAccountId() {
        return byAccountId;
    }

    public Instant at() {
        return at;
    }
}
