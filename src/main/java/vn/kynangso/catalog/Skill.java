package vn.kynangso.catalog;

import java.util.Locale;

/**
 * The five basic digital skills, in the order the product presents them. Codes are fixed; names
 * and descriptions are translated under {@code skill.<CODE>.name} and {@code skill.<CODE>.about}.
 */
public enum Skill {
    PUBLIC_SERVICES,
    ONLINE_SHOPPING,
    ONLINE_PAYMENT,
    CYBER_SAFETY,
    DIGITAL_PLATFORMS;

    public String nameKey() {
        return "skill." + name() + ".name";
    }

    public String aboutKey() {
        return "skill." + name() + ".about";
    }

    /** Parses a code as written in content files; case-insensitive. */
    public static Skill fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
