package vn.kynangso.security;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile and landline numbers, kept in one national form ("0912345678"). Which numbers
 * exist is libphonenumber's to say (its Vietnamese numbering plan); this class only decides the
 * ways of writing one that are taken: with the leading 0, with +84 or with 84, separated by
 * spaces, dots, dashes or brackets.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private static final String VIETNAM = "VN";

    private static final int VIETNAM_CODE = 84;

    /** Written as people write them here: a national 0…, or the country code in front. */
    private static final Pattern WRITTEN = Pattern.compile("(?:0|\\+84|84)\\d{8,10}");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private PhoneNumbers() {}

    /**
     * The national form of {@code raw} ("+84 912 345 678", "0912.345.678", "84 912 345 678" →
     * "0912345678"), or empty when it is not a Vietnamese phone number. A number without its leading
     * 0 ("912345678") is refused: it may as well be a typo.
     */
    public static Optional<String> normalize(String raw) {
        String written = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (!WRITTEN.matcher(written).matches()) {
            return Optional.empty();
        }
        if (written.startsWith("84")) {
            written = "+" + written;
        }
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(written, VIETNAM);
            if (number.getCountryCode() != VIETNAM_CODE || !NUMBERS.isValidNumberForRegion(number, VIETNAM)) {
                return Optional.empty();
            }
            String national = NUMBERS.format(number, PhoneNumberFormat.NATIONAL).replaceAll("\\D", "");
            return Optional.of(national.startsWith("0") ? national : "0" + national);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** "0912345678" → "091****678", for screens and logs that must not show the whole number. */
    public static String mask(String phone) {
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 3);
    }
}
