package vn.kynangso.authoring;

/**
 * The lesson editor's toolbar: what each button writes into the Markdown, around the selected
 * words ("{}"), as content/README.md asks lessons to be written.
 */
public enum LessonTool {
    HEADING("\n## {}\n"),
    BOLD("**{}**"),
    STEPS("\n1. {}\n2. \n3. \n"),
    TIP("\n> [!TIP]\n> {}\n"),
    WARNING("\n> [!WARNING]\n> {}\n");

    /**
     * Inserts a pattern at the cursor of a text area ($0), around the selection or a sample ($2), as
     * if typed, so the field's usual value change (and autosave) follows.
     */
    public static final String INSERT_SCRIPT = "const ta = $0.inputElement; if (!ta) { return; }"
            + " const s = ta.selectionStart, e = ta.selectionEnd;"
            + " const picked = ta.value.substring(s, e) || $2;"
            + " ta.setRangeText($1.split('{}').join(picked), s, e, 'end');"
            + " ta.dispatchEvent(new Event('input', {bubbles: true}));"
            + " ta.dispatchEvent(new Event('change', {bubbles: true})); ta.focus();";

    private final String pattern;

    LessonTool(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }

    /** The key part of the button's label and sample: heading, bold, steps, tip, warning. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
