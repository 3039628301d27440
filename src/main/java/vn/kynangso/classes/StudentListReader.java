package vn.kynangso.classes;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.SpreadsheetException;
import vn.kynangso.base.Spreadsheets.Row;
import vn.kynangso.base.Spreadsheets.Table;
import vn.kynangso.base.Texts;
import vn.kynangso.classes.ClassEnrolment.Field;
import vn.kynangso.classes.ClassEnrolment.ListedStudent;
import vn.kynangso.classes.ClassEnrolment.Preview;
import vn.kynangso.classes.ClassEnrolment.Problem;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.ListCells;
import vn.kynangso.people.PeopleService.Holder;
import vn.kynangso.people.SamePerson;

/**
 * Reads a class's list of students (a pasted text, or a table from a file) into the students it
 * would enrol and every problem in it, row by row: a name within the registration form's limits
 * ({@link NewMember}), a birth year and phone as people's lists read them ({@link ListCells}), and
 * nobody twice ({@link SamePerson}): not in the list, not already in the class. Plain Java: the
 * class's students are handed to it.
 */
final class StudentListReader {

    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern CELLS_BY_TAB = Pattern.compile("\t");
    private static final Pattern CELLS = Pattern.compile("[,;]");

    private final Validator validator;
    private final Year thisYear;
    private final List<Holder> inClass;
    private final List<Problem> problems = new ArrayList<>();

    StudentListReader(Validator validator, Year thisYear, List<Holder> inClass) {
        this.validator = validator;
        this.thisYear = thisYear;
        this.inClass = inClass;
    }

    /**
     * A pasted list as a table: one student a line ("name", or "name, birth year, phone"; commas,
     * semicolons or tabs), numbered as the lines are. A first line naming the columns ("Họ và tên;
     * Năm sinh") is read as the header.
     */
    static Table pasted(String text, int maxRows) {
        List<Row> rows = new ArrayList<>();
        String[] lines = LINE.split(Texts.nfc(text), -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Pattern separator = line.contains("\t") ? CELLS_BY_TAB : CELLS;
            rows.add(new Row(i + 1, List.of(separator.split(line, -1))));
        }
        List<String> defaults = List.of("name", "birth year", "phone");
        if (!rows.isEmpty()
                && new Table(rows.getFirst().cells(), List.of())
                        .columns(Field.class, Field::aliases)
                        .containsKey(Field.NAME)) {
            Row header = rows.removeFirst();
            checkSize(rows, maxRows);
            return new Table(header.cells(), rows);
        }
        checkSize(rows, maxRows);
        return new Table(defaults, rows);
    }

    private static void checkSize(List<Row> rows, int maxRows) {
        if (rows.size() > maxRows) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_ROWS, maxRows);
        }
    }

    /** The students a table would enrol and everything wrong with it; enrollable only without problems. */
    Preview read(long classId, String source, Table table) {
        Map<Field, Integer> columns = table.columns(Field.class, Field::aliases);
        Map<Field, String> headers = new EnumMap<>(table.headersOf(columns));
        if (!columns.containsKey(Field.NAME)) {
            problems.add(new Problem(1, Field.NAME, "classes.enrol.problem.missing-name", List.of()));
            return preview(classId, source, table, List.of(), headers);
        }
        List<ListedStudent> students = new ArrayList<>();
        for (Row row : table.rows()) {
            String name = cell(row, columns.get(Field.NAME)).replaceAll("\\s+", " ");
            int before = problems.size();
            for (ConstraintViolation<NewMember> violation :
                    validator.validateValue(NewMember.class, "fullName", name)) {
                String key = violation.getMessage();
                Object max = violation.getConstraintDescriptor().getAttributes().get("max");
                problems.add(new Problem(
                        row.number(),
                        Field.NAME,
                        "import.problem." + key.substring(key.lastIndexOf('.') + 1),
                        max == null ? List.of() : List.of(String.valueOf(max))));
            }
            if (problems.size() == before) {
                ListCells.nameFault(name)
                        .ifPresent(fault -> problems.add(new Problem(
                                row.number(), Field.NAME, "import.problem." + fault.reason(), fault.args())));
            }
            String yearText = cell(row, columns.get(Field.BIRTH_YEAR));
            Integer birthYear = null;
            if (!yearText.isEmpty()) {
                Optional<Integer> year = ListCells.birthYear(yearText, thisYear);
                if (year.isEmpty()) {
                    problems.add(new Problem(
                            row.number(), Field.BIRTH_YEAR, "import.problem.bad-birth-year", List.of(yearText)));
                }
                birthYear = year.orElse(null);
            }
            String phoneText = cell(row, columns.get(Field.PHONE));
            String phone = null;
            if (!phoneText.isEmpty()) {
                Optional<String> normalized = ListCells.phone(phoneText);
                if (normalized.isEmpty()) {
                    problems.add(
                            new Problem(row.number(), Field.PHONE, "import.problem.bad-phone", List.of(phoneText)));
                }
                phone = normalized.orElse(null);
            }
            if (problems.size() == before) {
                students.add(new ListedStudent(row.number(), name, birthYear, phone));
            }
        }
        problems.addAll(duplicates(students, inClass));
        return preview(classId, source, table, students, headers);
    }

    /**
     * Students listed twice, or already in the class: the same name ({@link SamePerson#name}) and
     * birth year ({@link SamePerson#key}), or the same name where a birth year is missing (then a
     * birth year tells the two apart).
     */
    static List<Problem> duplicates(List<ListedStudent> students, List<Holder> inClass) {
        List<Problem> found = new ArrayList<>();
        for (ListedStudent student : students) {
            for (Holder holder : inClass) {
                if (sameName(student.fullName(), holder.fullName())) {
                    boolean sure =
                            samePerson(student.fullName(), student.birthYear(), holder.fullName(), holder.birthYear());
                    if (sure || student.birthYear() == null || holder.birthYear() == null) {
                        found.add(new Problem(
                                student.row(),
                                Field.NAME,
                                sure
                                        ? "classes.enrol.problem.already-in-class"
                                        : "classes.enrol.problem.same-name-in-class",
                                List.of(holder.fullName())));
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < students.size(); i++) {
            ListedStudent student = students.get(i);
            for (int j = 0; j < i; j++) {
                ListedStudent earlier = students.get(j);
                if (sameName(student.fullName(), earlier.fullName())
                        && (student.birthYear() == null
                                || earlier.birthYear() == null
                                || samePerson(
                                        student.fullName(),
                                        student.birthYear(),
                                        earlier.fullName(),
                                        earlier.birthYear()))) {
                    found.add(new Problem(
                            student.row(),
                            Field.NAME,
                            "classes.enrol.problem.duplicate-in-list",
                            List.of(String.valueOf(earlier.row()))));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean sameName(String a, String b) {
        return SamePerson.name(a).equals(SamePerson.name(b));
    }

    private static boolean samePerson(String a, @Nullable Integer yearA, String b, @Nullable Integer yearB) {
        Optional<String> key = SamePerson.key(0, a, yearA);
        return key.isPresent() && key.equals(SamePerson.key(0, b, yearB));
    }

    private Preview preview(
            long classId, String source, Table table, List<ListedStudent> students, Map<Field, String> headers) {
        Map<Integer, List<String>> rejected = new HashMap<>();
        problems.forEach(p -> table.rows().stream()
                .filter(r -> r.number() == p.row())
                .findFirst()
                .ifPresent(r -> rejected.put(r.number(), r.cells())));
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparingInt(Problem::row)
                        .thenComparing(p -> p.field() == null ? -1 : p.field().ordinal()))
                .toList();
        return new Preview(
                classId,
                source,
                table.rows().size(),
                List.copyOf(students),
                sorted,
                Map.copyOf(headers),
                Map.copyOf(rejected),
                fingerprint(students));
    }

    /** The list as a list of people, whatever its form (pasted, a file, another order): the same students, the same print. */
    static String fingerprint(List<ListedStudent> students) {
        String canonical = String.join(
                "\n",
                students.stream()
                        .map(s -> SamePerson.name(s.fullName()) + "|" + s.birthYear() + "|" + s.phone())
                        .sorted()
                        .toList());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(Row row, @Nullable Integer column) {
        return column == null ? "" : row.cell(column);
    }
}
