package vn.kynangso.classes;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a teacher writes about a class: its school, grade, name and school year ("2026-2027"). The
 * limits are the columns' sizes; the messages are translation keys (a limit is their {@code {0}}).
 */
public record ClassDetails(
        @NotBlank(message = "classes.error.required") @Size(max = MAX_SCHOOL, message = "classes.error.too-long")
        String school,

        @NotBlank(message = "classes.error.required") @Size(max = MAX_GRADE, message = "classes.error.too-long")
        String grade,

        @NotBlank(message = "classes.error.required") @Size(max = MAX_NAME, message = "classes.error.too-long")
        String name,

        @NotNull(message = "classes.error.school-year")
        @Pattern(regexp = "\\d{4}-\\d{4}", message = "classes.error.school-year")
        String schoolYear) {

    public static final int MAX_SCHOOL = 200;
    public static final int MAX_GRADE = 20;
    public static final int MAX_NAME = 100;

    public ClassDetails {
        school = school == null ? "" : school.strip();
        grade = grade == null ? "" : grade.strip();
        name = name == null ? "" : name.strip();
        schoolYear = schoolYear == null ? "" : schoolYear.strip();
    }

    /** A school year runs from one year into the next ("2026-2027"). */
    @AssertTrue(message = "classes.error.school-year")
    public boolean isConsecutiveYears() {
        if (!schoolYear.matches("\\d{4}-\\d{4}")) {
            return true; // the pattern says so
        }
        return Integer.parseInt(schoolYear.substring(5)) == Integer.parseInt(schoolYear.substring(0, 4)) + 1;
    }

    /** The school year a day falls in: from August on, this year and the next. */
    public static String schoolYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
