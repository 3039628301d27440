package vn.kynangso.authoring.gift;

/**
 * A whole GIFT file refused before any question is read (not UTF-8, too large); the message is
 * {@link #translationKey()} with {@link #args()}.
 */
public class GiftFileException extends RuntimeException {

    private final String key;
    private final Object[] args;

    GiftFileException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    /** The translation key of the message, {@code gift.problem.<reason>}. */
    public String translationKey() {
        return "gift.problem." + key;
    }

    /** Values for the translated message (the size limit in MB). */
    public Object[] args() {
        return args.clone();
    }
}
