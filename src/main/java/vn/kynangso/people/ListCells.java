package vn.kynangso.people;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.security.PhoneNumbers;

/**
 * How a cell of a list of people is read, for every list the app takes (the household import, a
 * class's list of students): a birth year, alone or in a date ("12/03/2012"), and a phone number,
 * also when a spreadsheet dropped its leading 0.
 */
public final class ListCells {

    private static final Pattern YEAR_IN_DATE = Pattern.compile("(?:^|\\D)(1[89]\\d\\d|20\\d\\d)(?:\\D|$)");

    private ListCells() {}

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
