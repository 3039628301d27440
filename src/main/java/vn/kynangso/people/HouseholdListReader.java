package vn.kynangso.people;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.Spreadsheets.Row;
import vn.kynangso.base.Spreadsheets.Table;
import vn.kynangso.base.TextMatch;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.HouseholdImport.Column;
import vn.kynangso.people.HouseholdImport.ImportedHousehold;
import vn.kynangso.people.HouseholdImport.Member;
import vn.kynangso.people.HouseholdImport.Preview;
import vn.kynangso.people.HouseholdImport.Problem;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;

/**
 * Reads one household list (a table, one row per person, rows with the same household number
 * forming one household) into the households it would register and every problem in it (row,
 * column, reason). Checks each row as the registration form does (the limits on
 * {@link NewMember}, {@link NewHousehold}, {@link NewConsent}), each household for rows that
 * disagree, and every person against the people already registered and the file's other rows
 * ({@link SamePerson}). Plain Java: what it needs from the database is handed to it, so it runs and
 * is tested without Spring; {@link HouseholdImport} does the rest.
 */
final class HouseholdListReader {

    private static final Set<String> YES = Set.of("x", "1", "co", "c", "yes", "y", "true", "v");

    /** A hamlet the file may name: by name, with or without "Thôn", "Ấp"…, or by code. */
    record Hamlet(long id, String name, @Nullable String code) {}

    private final Validator validator;
    private final Year thisYear;
    private final Function<Set<Long>, Map<String, String>> registered;
    private final Map<String, List<Hamlet>> hamletsByName = new HashMap<>();
    private final @Nullable Hamlet defaultHamlet;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<Column, String> headers = new EnumMap<>(Column.class);
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Integer> badRows = new HashSet<>();
    private @Nullable Table table;

    /**
     * @param validator checks the limits of {@link NewMember}, {@link NewHousehold} and
     *     {@link NewConsent}, as the registration form and the service do
     * @param thisYear the latest birth year taken as real
     * @param hamlets the hamlets the file may name (the importer's own)
     * @param defaultHamlet for rows that name none
     * @param registered for hamlet ids, the people already registered there: {@link SamePerson} key →
     *     their household's address
     */
    HouseholdListReader(
            Validator validator,
            Year thisYear,
            List<Hamlet> hamlets,
            @Nullable Hamlet defaultHamlet,
            Function<Set<Long>, Map<String, String>> registered) {
        this.validator = validator;
        this.thisYear = thisYear;
        this.registered = registered;
        this.defaultHamlet = defaultHamlet;
        for (Hamlet hamlet : hamlets) {
            for (String name : namesOf(hamlet)) {
                hamletsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(hamlet);
            }
        }
    }

    /** Reads a file's table, once: what it would register and everything wrong with it. */
    Preview read(Table table, String fileName, String sha) {
        if (this.table != null) {
            throw new IllegalStateException("one reader per file");
        }
        this.table = table;
        columns.putAll(table.columns(Column.class, Column::aliases));
        headers.putAll(table.headersOf(columns));
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problem(1, column, "missing-column");
            }
        }
        if (!columns.containsKey(Column.HAMLET) && defaultHamlet == null) {
            problem(1, Column.HAMLET, "missing-column");
        }
        if (!problems.isEmpty()) {
            return preview(table, fileName, sha, List.of());
        }
        Map<String, List<Parsed>> byNumber = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            Parsed parsed = parse(row);
            if (parsed != null) {
                byNumber.computeIfAbsent(parsed.number, k -> new ArrayList<>()).add(parsed);
            }
        }
        List<ImportedHousehold> households = new ArrayList<>();
        for (List<Parsed> rows : byNumber.values()) {
            ImportedHousehold household = household(rows);
            if (household != null) {
                households.add(household);
            }
        }
        checkDuplicates(households);
        return preview(table, fileName, sha, problems.isEmpty() ? households : List.of());
    }

    private Preview preview(Table table, String fileName, String sha, List<ImportedHousehold> households) {
        Map<Integer, List<String>> rejected = new HashMap<>();
        for (Row row : table.rows()) {
            if (badRows.contains(row.number())) {
                rejected.put(row.number(), row.cells());
            }
        }
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparingInt(Problem::row)
                        .thenComparing(p -> p.column() == null ? -1 : p.column().ordinal()))
                .toList();
        return new Preview(
                fileName,
                sha,
                table.rows().size(),
                List.copyOf(households),
                sorted,
                Map.copyOf(headers),
                Map.copyOf(rejected));
    }

    private record Parsed(
            int row,
            String number,
            @Nullable Hamlet hamlet,
            String address,
            String name,
            @Nullable Integer birthYear,
            @Nullable String phone,
            boolean head,
            boolean disability,
            Poverty poverty,
            String consent) {}

    private @Nullable Parsed parse(Row row) {
        int n = row.number();
        String number = value(row, Column.HOUSEHOLD);
        if (number.isEmpty()) {
            problem(n, Column.HOUSEHOLD, "no-household");
        }
        String name = value(row, Column.NAME).replaceAll("\\s+", " ");
        int before = problems.size();
        limits(n, Column.NAME, NewMember.class, "fullName", name);
        if (problems.size() == before) {
            ListCells.nameFault(name)
                    .ifPresent(fault ->
                            problem(n, Column.NAME, fault.reason(), fault.args().toArray(String[]::new)));
        }
        String address = value(row, Column.ADDRESS);
        if (!address.isEmpty()) { // one row of a household may carry its address for all
            limits(n, Column.ADDRESS, NewHousehold.class, "address", address);
        }
        Hamlet hamlet = hamlet(row);
        Integer birthYear = birthYear(row);
        String phone = phone(row);
        boolean head = yesNo(row, Column.HEAD);
        boolean disability = yesNo(row, Column.DISABILITY);
        Poverty poverty = poverty(row);
        String consent = value(row, Column.CONSENT).replaceAll("\\s+", " ");
        if (!consent.isEmpty()) {
            limits(n, Column.CONSENT, NewConsent.class, "givenBy", consent);
        }
        // a row with problems still joins its household, so household-wide checks see it too
        return number.isEmpty()
                ? null
                : new Parsed(n, number, hamlet, address, name, birthYear, phone, head, disability, poverty, consent);
    }

    /**
     * The limits of the service's input records, as the registration form checks them: each broken
     * constraint is a problem whose reason is its message key's last part ({@code too-long}), with
     * the limit as argument when there is one, else the cell's text.
     */
    private <T> void limits(int row, Column column, Class<T> type, String property, String text) {
        for (ConstraintViolation<T> violation : validator.validateValue(type, property, text)) {
            String key = violation.getMessage();
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            problem(row, column, key.substring(key.lastIndexOf('.') + 1), max == null ? text : String.valueOf(max));
        }
    }

    private String value(Row row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private @Nullable Hamlet hamlet(Row row) {
        String text = value(row, Column.HAMLET);
        if (text.isEmpty()) {
            if (defaultHamlet == null) {
                problem(row.number(), Column.HAMLET, "no-hamlet");
            }
            return defaultHamlet;
        }
        List<Hamlet> matches = hamletsByName.getOrDefault(TextMatch.name(text), List.of());
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        problem(row.number(), Column.HAMLET, matches.isEmpty() ? "unknown-hamlet" : "ambiguous-hamlet", text);
        return null;
    }

    private @Nullable Integer birthYear(Row row) {
        String text = value(row, Column.BIRTH_YEAR);
        if (text.isEmpty()) {
            return null;
        }
        Optional<Integer> year = ListCells.birthYear(text, thisYear);
        if (year.isEmpty()) {
            problem(row.number(), Column.BIRTH_YEAR, "bad-birth-year", text);
        }
        return year.orElse(null);
    }

    private @Nullable String phone(Row row) {
        String text = value(row, Column.PHONE);
        if (text.isEmpty()) {
            return null;
        }
        Optional<String> phone = ListCells.phone(text);
        if (phone.isEmpty()) {
            problem(row.number(), Column.PHONE, "bad-phone", text);
        }
        return phone.orElse(null);
    }

    private boolean yesNo(Row row, Column column) {
        String text = TextMatch.fold(value(row, column));
        if (YES.contains(text)) {
            return true;
        }
        return switch (text) {
            case "", "0", "khong", "k", "no", "n", "false", "-" -> false;
            default -> {
                problem(row.number(), column, "bad-yes-no", value(row, column));
                yield false;
            }
        };
    }

    private Poverty poverty(Row row) {
        String text = TextMatch.fold(value(row, Column.POVERTY));
        return switch (text) {
            case "", "0", "khong", "no", "none", "-" -> Poverty.NONE;
            case "ngheo", "ho ngheo", "x", "co", "poor", "1" -> Poverty.POOR;
            case "can ngheo", "ho can ngheo", "near poor", "2" -> Poverty.NEAR_POOR;
            default -> {
                problem(row.number(), Column.POVERTY, "bad-poverty", value(row, Column.POVERTY));
                yield Poverty.NONE;
            }
        };
    }

    /** The rows of one household number, checked for agreement; the head goes first. */
    private @Nullable ImportedHousehold household(List<Parsed> rows) {
        Parsed first = rows.getFirst();
        int before = problems.size();
        String address = rows.stream()
                .map(Parsed::address)
                .filter(a -> !a.isEmpty())
                .findFirst()
                .orElse("");
        if (address.isEmpty()) {
            problem(first.row(), Column.ADDRESS, "no-address", first.number());
        }
        List<Parsed> heads = rows.stream().filter(Parsed::head).toList();
        for (Parsed row : rows) {
            if (!row.address().isEmpty() && !row.address().equals(address)) {
                problem(row.row(), Column.ADDRESS, "household-differs", first.number(), String.valueOf(first.row()));
            }
            if (row.hamlet() != null && first.hamlet() != null && !row.hamlet().equals(first.hamlet())) {
                problem(row.row(), Column.HAMLET, "household-differs", first.number(), String.valueOf(first.row()));
            }
            if (row.disability() != first.disability()) {
                problem(row.row(), Column.DISABILITY, "household-differs", first.number(), String.valueOf(first.row()));
            }
            if (row.poverty() != first.poverty()) {
                problem(row.row(), Column.POVERTY, "household-differs", first.number(), String.valueOf(first.row()));
            }
        }
        if (heads.size() > 1) {
            problem(
                    heads.get(1).row(),
                    Column.HEAD,
                    "two-heads",
                    first.number(),
                    String.valueOf(heads.getFirst().row()));
        }
        // consent is the household's: marked on one row (usually the head's) or the same on each
        Parsed consented =
                rows.stream().filter(r -> !r.consent().isEmpty()).findFirst().orElse(null);
        for (Parsed row : rows) {
            if (consented != null && !row.consent().isEmpty() && !row.consent().equals(consented.consent())) {
                problem(
                        row.row(),
                        Column.CONSENT,
                        "household-differs",
                        first.number(),
                        String.valueOf(consented.row()));
            }
        }
        if (first.disability() && consented == null) {
            problem(first.row(), Column.DISABILITY, "disability-without-consent", first.number());
        }
        if (problems.size() > before
                || rows.stream().anyMatch(r -> badRows.contains(r.row()))
                || first.hamlet() == null) {
            return null;
        }
        List<Parsed> ordered = new ArrayList<>(heads);
        rows.stream().filter(r -> !r.head()).forEach(ordered::add);
        String consentBy = null;
        if (consented != null) {
            String mark = TextMatch.fold(consented.consent());
            // "x" (or "có") means the head agreed; anything else is the name of who did
            consentBy = YES.contains(mark) ? ordered.getFirst().name() : consented.consent();
        }
        return new ImportedHousehold(
                first.number(),
                first.hamlet().id(),
                first.hamlet().name(),
                address,
                first.disability(),
                first.poverty(),
                ordered.stream()
                        .map(r -> new Member(r.row(), r.name(), r.birthYear(), r.phone()))
                        .toList(),
                consentBy);
    }

    private void checkDuplicates(List<ImportedHousehold> households) {
        Set<Long> hamlets = new HashSet<>();
        households.forEach(h -> hamlets.add(h.hamletId()));
        Map<String, String> existing = registered.apply(hamlets);
        Map<String, Integer> inFile = new HashMap<>();
        for (ImportedHousehold household : households) {
            for (Member member : household.members()) {
                String key = SamePerson.key(household.hamletId(), member.fullName(), member.birthYear())
                        .orElse(null);
                if (key == null) {
                    continue;
                }
                String address = existing.get(key);
                if (address != null) {
                    problem(member.row(), Column.NAME, "already-registered", address);
                }
                Integer earlier = inFile.putIfAbsent(key, member.row());
                if (earlier != null) {
                    problem(member.row(), Column.NAME, "duplicate-in-file", String.valueOf(earlier));
                }
            }
        }
    }

    private void problem(int row, @Nullable Column column, String reason, String... args) {
        problems.add(new Problem(row, column, reason, List.of(args)));
        if (row > 1) {
            badRows.add(row);
        }
    }

    /** The names a hamlet can be written as in a list: "Thôn Đông", "Đông", its code. */
    private static List<String> namesOf(Hamlet hamlet) {
        List<String> names = new ArrayList<>();
        String full = TextMatch.name(hamlet.name());
        names.add(full);
        for (String prefix :
                List.of("thôn ", "ấp ", "bản ", "làng ", "tổ dân phố ", "khu phố ", "tổ ", "khu ", "xóm ")) {
            if (full.startsWith(prefix) && full.length() > prefix.length()) {
                names.add(full.substring(prefix.length()));
            }
        }
        if (hamlet.code() != null) {
            names.add(hamlet.code().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
