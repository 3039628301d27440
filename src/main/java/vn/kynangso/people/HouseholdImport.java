package vn.kynangso.people;

import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.SpreadsheetException;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.Spreadsheets.Table;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;

/**
 * Imports households and members from a commune's existing lists (CSV or XLSX, one row per
 * person, rows with the same household number form one household). {@link #read} has the file read
 * and checked ({@link HouseholdListReader}) and returns a preview with every problem (row, column,
 * reason); {@link #commit} then registers all of it in one transaction, or nothing.
 */
@Service
public class HouseholdImport {

    /** More rows than any commune's list; keeps one upload from holding the server for minutes. */
    public static final int MAX_ROWS = 20_000;

    private final HouseholdService householdService;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final Clock clock;

    HouseholdImport(
            HouseholdService householdService,
            PlaceService places,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Validator validator,
            Clock clock) {
        this.householdService = householdService;
        this.places = places;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.validator = validator;
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

        /** The headers (folded: no case, accents or punctuation) this column is recognised by, in any list of people. */
        public Set<String> aliases() {
            return aliases;
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
     * @throws SpreadsheetException when the file is not a readable table at all, or its first row
     *     names none of the {@link Column}s ({@link SpreadsheetException.Reason#NOT_A_LIST})
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Preview read(String fileName, byte[] data, @Nullable Long defaultHamletId) {
        // a header naming none of the columns: not a household list, whatever its length
        Table table = Spreadsheets.read(
                fileName,
                data,
                MAX_ROWS,
                header -> !new Table(header, List.of())
                        .columns(Column.class, Column::aliases)
                        .isEmpty());
        List<HouseholdListReader.Hamlet> myHamlets = myHamlets().stream()
                .map(h -> new HouseholdListReader.Hamlet(h.getId(), h.getName(), h.getCode()))
                .toList();
        HouseholdListReader.Hamlet defaultHamlet = myHamlets.stream()
                .filter(h -> defaultHamletId != null && h.id() == defaultHamletId)
                .findFirst()
                .orElse(null);
        return new HouseholdListReader(validator, Year.now(clock), myHamlets, defaultHamlet, this::registered)
                .read(table, fileName, sha256(data));
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
                        ? EnumSet.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY)
                        : EnumSet.of(ConsentPurpose.LEARNING));
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
}
