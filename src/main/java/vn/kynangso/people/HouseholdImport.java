package vn.kynangso.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.Spreadsheets.Row;
import vn.kynangso.base.Spreadsheets.Table;
import vn.kynangso.base.TextMatch;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PhoneNumbers;

/**
 * Imports households and members from a commune's existing lists (CSV or XLSX, one row per
 * person, rows with the same household number form one household). {@link #read} checks every row
 * and returns a preview with every problem (row, column, reason); {@link #commit} then registers
 * all of it in one transaction, or nothing.
 */
@Service
public class HouseholdImport {

    /** More rows than any commune's list; keeps one upload from holding the server for minutes. */
    public static final int MAX_ROWS = 20_000;

    private static final Set<String> YES = Set.of("x", "1", "co", "c", "yes", "y", "true", "v");

    private static final Pattern YEAR_IN_DATE = Pattern.compile("(?:^|\\D)(1[89]\\d\\d|20\\d\\d)(?:\\D|$)");

    private final HouseholdService householdService;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    HouseholdImport(
            HouseholdService householdService,
            PlaceService places,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Clock clock) {
        this.householdService = householdService;
        this.places = places;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The columns an import understands; headers are matched ignoring case, accents and spacing. */
    public enum Column {
        HOUSEHOLD(true, "ma ho", "so ho", "ma so ho", "ho so", "stt ho", "household", "household id", "household no"),
        HAMLET(false, "thon", "thon ap", "thon to", "ap", "ban", "to dan pho", "khu pho", "hamlet", "village"),
        ADDRESS(true, "dia chi", "address"),
        NAME(true, "ho va ten", "ho ten", "ten", "full name", "name"),
        BIRTH_YEAR(false, "nam sinh", "ngay sinh", "birth year", "year of birth", "date of birth"),
        PHONE(false, "so dien thoai", "dien thoai", "sdt", "so dt", "phone", "phone number"),
        HEAD(false, "chu ho", "la chu ho", "head", "household head"),
        DISABILITY(false, "khuyet tat", "nguoi khuyet tat", "disability"),
        POVERTY(false, "ho ngheo", "ngheo", "ho ngheo can ngheo", "poverty"),
        /** Who in the household agreed to the notice ("x" for the head); required for a disability mark. */
        CONSENT(false, "dong y", "nguoi dong y", "ho dong y", "consent", "consent given by", "consented by");

        private final boolean required;
        private final Set<String> aliases;

        Column(boolean required, String... aliases) {
            this.required = required;
            this.aliases = Set.of(aliases);
        }

        public boolean required() {
            return required;
        }

        public String translationKey() {
            return "import.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One thing wrong in the file: the row as the spreadsheet numbers it (1 = the header), the
     * column, and the reason, translated under {@code import.problem.<reason>} with {@code args}.
     */
    public record Problem(int row, @Nullable Column column, String reason, List<String> args) {}

    public record Member(
            int row,
            String fullName,
            @Nullable Integer birthYear,
            @Nullable String phone) {}

    /**
     * A household as the file describes it. {@code consentBy} names who agreed to the notice, as the
     * commune's paper forms record it; without it the household is registered with no consent, and
     * a disability mark is refused.
     */
    public record ImportedHousehold(
            String number,
            long hamletId,
            String hamletName,
            String address,
            boolean disability,
            Poverty poverty,
            List<Member> members,
            @Nullable String consentBy) {

        public ImportedHousehold(
                String number,
                long hamletId,
                String hamletName,
                String address,
                boolean disability,
                Poverty poverty,
                List<Member> members) {
            this(number, hamletId, hamletName, address, disability, poverty, members, null);
        }
    }

    /** What a file would import, and everything wrong with it. Importable only without problems. */
    public record Preview(
            String fileName,
            String sha256,
            int rows,
            List<ImportedHousehold> households,
            List<Problem> problems,
            Map<Column, String> headers,
            Map<Integer, List<String>> rejectedRows) {

        public boolean importable() {
            return problems.isEmpty() && !households.isEmpty();
        }

        public int people() {
            return households.stream().mapToInt(h -> h.members().size()).sum();
        }
    }

    /** The import was refused at the last moment (e.g. someone registered the same people meanwhile). */
    public static class ImportRefused extends RuntimeException {
        private final List<Problem> problems;

        ImportRefused(List<Problem> problems) {
            super("import refused: " + problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * Reads and checks a file. Hamlets are looked up among the signed-in person's own hamlets, by
     * name (with or without "Thôn", "Ấp"…) or code; {@code defaultHamletId} is used for rows that
     * name none.
     *
     * @throws vn.kynangso.base.SpreadsheetException when the file is not a readable table at all
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Preview read(String fileName, byte[] data, @Nullable Long defaultHamletId) {
        Table table = Spreadsheets.read(fileName, data, MAX_ROWS);
        List<Place> myHamlets = myHamlets();
        Map<Long, Place> hamletsById = new HashMap<>();
        myHamlets.forEach(h -> hamletsById.put(h.getId(), h));
        Place defaultHamlet = defaultHamletId == null ? null : hamletsById.get(defaultHamletId);
        return new Reading(table, fileName, sha256(data), myHamlets, defaultHamlet).run();
    }

    /**
     * Registers everything in the preview in one transaction: all households or none. Rechecks the
     * area and duplicates against what was registered since the preview.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public int commit(Preview preview) {
        if (!preview.importable()) {
            throw new ImportRefused(preview.problems());
        }
        long imported = jdbc.sql("SELECT COUNT(*) FROM household_import WHERE sha256 = ?")
                .param(preview.sha256())
                .query(Long.class)
                .single();
        if (imported > 0) {
            throw new ImportRefused(List.of(new Problem(1, null, "already-imported", List.of(preview.fileName()))));
        }
        Set<Long> mine = new HashSet<>(myHamlets().stream().map(Place::getId).toList());
        List<Problem> problems = new ArrayList<>();
        Set<Long> hamlets = new HashSet<>();
        for (ImportedHousehold household : preview.households()) {
            hamlets.add(household.hamletId());
            if (!mine.contains(household.hamletId())) {
                problems.add(new Problem(
                        household.members().getFirst().row(),
                        Column.HAMLET,
                        "unknown-hamlet",
                        List.of(household.hamletName())));
            }
        }
        Map<String, String> existing = registered(hamlets);
        for (ImportedHousehold household : preview.households()) {
            for (Member member : household.members()) {
                String address = SamePerson.key(household.hamletId(), member.fullName(), member.birthYear())
                        .map(existing::get)
                        .orElse(null);
                if (address != null) {
                    problems.add(new Problem(member.row(), Column.NAME, "already-registered", List.of(address)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        for (ImportedHousehold household : preview.households()) {
            householdService.registerInArea(
                    new NewHousehold(
                            household.hamletId(),
                            household.address(),
                            household.members().stream()
                                    .map(m -> new NewMember(m.fullName(), m.birthYear(), m.phone()))
                                    .toList(),
                            household.disability(),
                            household.poverty(),
                            consentOf(household)),
                    Consent.Method.IMPORT,
                    truncate(preview.fileName(), 255));
        }
        jdbc.sql("INSERT INTO household_import (account_id, file_name, sha256, households, persons, imported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        currentUser.require().getAccountId(),
                        truncate(preview.fileName(), 255),
                        preview.sha256(),
                        preview.households().size(),
                        preview.people(),
                        Timestamp.from(clock.instant()))
                .update();
        return preview.households().size();
    }

    /** What an imported household agreed to: its learning records, and disability data when marked. */
    private static ConsentService.@Nullable NewConsent consentOf(ImportedHousehold household) {
        if (household.consentBy() == null) {
            return null;
        }
        return new ConsentService.NewConsent(
                household.consentBy(),
                household.disability()
                        ? java.util.EnumSet.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY)
                        : java.util.EnumSet.of(ConsentPurpose.LEARNING));
    }

    private List<Place> myHamlets() {
        return places.inMyArea(PlaceLevel.HAMLET);
    }

    /** People with a birth year already registered in these hamlets: {@link SamePerson} key → their household's address. */
    private Map<String, String> registered(Set<Long> hamletIds) {
        Map<String, String> found = new HashMap<>();
        if (hamletIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT p.place_id, p.full_name, p.birth_year, h.address FROM person p"
                        + " JOIN household h ON h.id = p.household_id"
                        + " WHERE p.place_id IN (:hamlets) AND p.birth_year IS NOT NULL")
                .param("hamlets", hamletIds)
                .query((rs, n) -> {
                    String address = rs.getString(4);
                    SamePerson.key(rs.getLong(1), rs.getString(2), rs.getInt(3))
                            .ifPresent(key -> found.putIfAbsent(key, address));
                    return null;
                })
                .list();
        return found;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One pass over a table: columns, rows, households, duplicates. */
    private final class Reading {
        private final Table table;
        private final String fileName;
        private final String sha;
        private final Map<String, List<Place>> hamletsByName = new HashMap<>();
        private final @Nullable Place defaultHamlet;
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        private final Map<Column, String> headers = new EnumMap<>(Column.class);
        private final List<Problem> problems = new ArrayList<>();
        private final Set<Integer> badRows = new HashSet<>();
        private final int thisYear = Year.now(clock).getValue();

        Reading(Table table, String fileName, String sha, List<Place> hamlets, @Nullable Place defaultHamlet) {
            this.table = table;
            this.fileName = fileName;
            this.sha = sha;
            this.defaultHamlet = defaultHamlet;
            for (Place hamlet : hamlets) {
                for (String name : namesOf(hamlet)) {
                    hamletsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(hamlet);
                }
            }
        }

        Preview run() {
            columns.putAll(table.columns(Column.class, c -> c.aliases));
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
                return preview(List.of());
            }
            Map<String, List<Parsed>> byNumber = new LinkedHashMap<>();
            for (Row row : table.rows()) {
                Parsed parsed = parse(row);
                if (parsed != null) {
                    byNumber.computeIfAbsent(parsed.number, k -> new ArrayList<>())
                            .add(parsed);
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
            return preview(problems.isEmpty() ? households : List.of());
        }

        private Preview preview(List<ImportedHousehold> households) {
            Map<Integer, List<String>> rejected = new HashMap<>();
            for (Row row : table.rows()) {
                if (badRows.contains(row.number())) {
                    rejected.put(row.number(), row.cells());
                }
            }
            List<Problem> sorted = problems.stream()
                    .sorted(java.util.Comparator.comparingInt(Problem::row)
                            .thenComparing(
                                    p -> p.column() == null ? -1 : p.column().ordinal()))
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
                @Nullable Place hamlet,
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
            if (name.isEmpty()) {
                problem(n, Column.NAME, "no-name");
            } else if (name.length() > 200) {
                problem(n, Column.NAME, "too-long", "200");
            }
            String address = value(row, Column.ADDRESS);
            if (address.length() > 300) {
                problem(n, Column.ADDRESS, "too-long", "300");
            }
            Place hamlet = hamlet(row);
            Integer birthYear = birthYear(row);
            String phone = phone(row);
            boolean head = yesNo(row, Column.HEAD);
            boolean disability = yesNo(row, Column.DISABILITY);
            Poverty poverty = poverty(row);
            String consent = value(row, Column.CONSENT).replaceAll("\\s+", " ");
            if (consent.length() > 200) {
                problem(n, Column.CONSENT, "too-long", "200");
            }
            // a row with problems still joins its household, so household-wide checks see it too
            return number.isEmpty()
                    ? null
                    : new Parsed(
                            n, number, hamlet, address, name, birthYear, phone, head, disability, poverty, consent);
        }

        private String value(Row row, Column column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index);
        }

        private @Nullable Place hamlet(Row row) {
            String text = value(row, Column.HAMLET);
            if (text.isEmpty()) {
                if (defaultHamlet == null) {
                    problem(row.number(), Column.HAMLET, "no-hamlet");
                }
                return defaultHamlet;
            }
            List<Place> matches = hamletsByName.getOrDefault(TextMatch.name(text), List.of());
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
            Matcher matcher = YEAR_IN_DATE.matcher(text);
            if (matcher.find()) {
                int year = Integer.parseInt(matcher.group(1));
                if (year >= 1900 && year <= thisYear) {
                    return year;
                }
            }
            problem(row.number(), Column.BIRTH_YEAR, "bad-birth-year", text);
            return null;
        }

        private @Nullable String phone(Row row) {
            String text = value(row, Column.PHONE);
            if (text.isEmpty()) {
                return null;
            }
            String candidate = text.matches("[1-9]\\d{8,9}") ? "0" + text : text; // a spreadsheet dropped the 0
            var phone = PhoneNumbers.normalize(candidate);
            if (phone.isEmpty()) {
                problem(row.number(), Column.PHONE, "bad-phone", text);
                return null;
            }
            return phone.get();
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
                    problem(
                            row.row(),
                            Column.ADDRESS,
                            "household-differs",
                            first.number(),
                            String.valueOf(first.row()));
                }
                if (row.hamlet() != null
                        && first.hamlet() != null
                        && !row.hamlet().equals(first.hamlet())) {
                    problem(row.row(), Column.HAMLET, "household-differs", first.number(), String.valueOf(first.row()));
                }
                if (row.disability() != first.disability()) {
                    problem(
                            row.row(),
                            Column.DISABILITY,
                            "household-differs",
                            first.number(),
                            String.valueOf(first.row()));
                }
                if (row.poverty() != first.poverty()) {
                    problem(
                            row.row(),
                            Column.POVERTY,
                            "household-differs",
                            first.number(),
                            String.valueOf(first.row()));
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
            Parsed consented = rows.stream()
                    .filter(r -> !r.consent().isEmpty())
                    .findFirst()
                    .orElse(null);
            for (Parsed row : rows) {
                if (consented != null
                        && !row.consent().isEmpty()
                        && !row.consent().equals(consented.consent())) {
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
                    first.hamlet().getId(),
                    first.hamlet().getName(),
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
            Map<String, String> existing = registered(hamlets);
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
    }

    /** The names a hamlet can be written as in a list: "Thôn Đông", "Đông", its code. */
    private static List<String> namesOf(Place hamlet) {
        List<String> names = new ArrayList<>();
        String full = TextMatch.name(hamlet.getName());
        names.add(full);
        for (String prefix :
                List.of("thôn ", "ấp ", "bản ", "làng ", "tổ dân phố ", "khu phố ", "tổ ", "khu ", "xóm ")) {
            if (full.startsWith(prefix) && full.length() > prefix.length()) {
                names.add(full.substring(prefix.length()));
            }
        }
        if (hamlet.getCode() != null) {
            names.add(hamlet.getCode().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
