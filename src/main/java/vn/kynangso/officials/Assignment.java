package vn.kynangso.officials;

import java.time.LocalDate;
import java.util.Locale;
import vn.kynangso.catalog.Text;

/** A course made mandatory for a commune's officials in a year, with its hours and deadline. */
public record Assignment(String courseCode, String titleVi, String titleEn, int creditHours, LocalDate deadline) {

    /** The course's title in the reader's language. */
    public String title(Locale locale) {
        return new Text(titleVi, titleEn).in(locale);
    }
}
