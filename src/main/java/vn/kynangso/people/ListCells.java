package vn.kynangso.people;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.security.PhoneNumbers;

/**
 * How a cell of a list of people is read, for every list the app takes (the household import, a
 * class's list of students): a birth year, alone or in a date ("12/03/2012"), and a phone number,
 * also when a spreadsheet dropped its leading 0, and whether a cell can be a person's name at all.
 */
public final class ListCells {

    private static final Pattern YEAR_IN_DATE = Pattern.compile("(?:^|\\D)(1[89]\\d\\d|20\\d\\d)(?:\\D|$)");

    /** The shortest full name taken as real, in characters. */
    public static final int MIN_NAME_LENGTH = 2;

    /** The longest full name taken as real from a list (the column holds more, for typed names). */
    public static final int MAX_LISTED_NAME_LENGTH = 100;

    private ListCells() {}

    /**
     * Why a cell cannot be a person's name; translated under {@code import.problem.<reason>} with
     * {@link #args()}.
     */
    public enum NameFault {
        /** Starts as a spreadsheet formula does (=, +, -, @, tab, carriage return). */
        FORMULA,
        /** Holds a control or invisible formatting character. */
        CONTROL,
        /** Holds a digit. */
        DIGITS,
        TOO_SHORT,
        TOO_LONG;

        /** The reason's key part: {@code name-formula}, {@code name-too-long}… */
        public String reason() {
            return "name-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The limit a length fault names, else nothing. */
        public List<String> args() {
            return switch (this) {
                case TOO_SHORT -> List.of(String.valueOf(MIN_NAME_LENGTH));
                case TOO_LONG -> List.of(String.valueOf(MAX_LISTED_NAME_LENGTH));
                default -> List.of();
            };
        }
    }

    /**
     * Why {@code name}, as a list gives it (spacing already tidied), is not a person's name, or empty
     * when it can be one. A blank cell is left to the "no name" check. This is the one place that says
     * what a name from a list may look like: every list of people the app takes asks here.
     */
    public static Optional<NameFault> nameFault(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (Spreadsheets.looksLikeFormula(name)) {
            return Optional.of(NameFault.FORMULA);
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of(NameFault.CONTROL);
        }
        if (name.codePoints().anyMatch(Character::isDigit)) {
            return Optional.of(NameFault.DIGITS);
        }
        int length = name.codePointCount(0, name.length());
        if (length < MIN_NAME_LENGTH) {
            return Optional.of(NameFault.TOO_SHORT);
        }
        if (length > MAX_LISTED_NAME_LENGTH) {
            return Optional.of(NameFault.TOO_LONG);
        }
        return Optional.empty();
    }

    /** The birth year a cell gives, or empty when it holds none a living person can have in {@code thisYear}. */
    public static Optional<Integer> birthYear(String text, Year thisYear) {
        Matcher matcher = YEAR_IN_DATE.matcher(text);
        if (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (NewMember.isBirthYear(year, thisYear)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** The phone number a cell gives, in national form, or empty when it is not one. */
    public static Optional<String> phone(String text) {
        String candidate = text.matches("[1-9]\\d{8,9}") ? "0" + text : text; // a spreadsheet dropped the 0
        return PhoneNumbers.normalize(candidate);
    }
}
