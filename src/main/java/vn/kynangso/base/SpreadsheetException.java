package vn.kynangso.base;

import java.util.Locale;

/** A file that cannot be read as a table; translated under {@code sheet.error.*}. */
public class SpreadsheetException extends RuntimeException {

    public enum Reason {
        UNSUPPORTED_TYPE,
        NOT_UTF8,
        EMPTY,
        UNREADABLE,
        TOO_MANY_ROWS,
        TOO_LARGE,
        WRONG_CONTENT,
        OLD_EXCEL,
        TOO_LARGE_UNPACKED,
        TOO_MANY_COLUMNS,
        /** The first row names none of the columns the import reads: the file is some other table or text. */
        NOT_A_LIST;

        public String translationKey() {
            return "sheet.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final Object[] args;

    public SpreadsheetException(Reason reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** Values for the translated message (e.g. the row limit). */
    public Object[] args() {
        return args.clone();
    }
}
