package vn.kynangso.security;

import java.util.Optional;
import java.util.regex.Pattern;

/** Vietnamese mobile and landline numbers, kept in one national form ("0912345678"). */
public final class PhoneNumbers {

    private static final Pattern NATIONAL = Pattern.compile("0\\d{9,10}");

    private PhoneNumbers() {}

    /**
     * The national form of {@code raw} ("+84 912 345 678", "0912.345.678" → "0912345678"), or empty
     * when it is not a phone number.
     */
    public static Optional<String> normalize(String raw) {
        String digits = raw.strip().replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** "0912345678" → "091****678", for screens and logs that must not show the whole number. */
    public static String mask(String phone) {
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 3);
    }
}
