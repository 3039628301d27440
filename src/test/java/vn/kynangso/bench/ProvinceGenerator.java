package vn.kynangso.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import vn.kynangso.catalog.Skill;

/**
 * Fills the database with one province at the scale of a real one: {@value #COMMUNES} communes,
 * {@value #HAMLETS_PER_COMMUNE} hamlets each, {@value #HOUSEHOLDS} households of 1–6 people
 * (about 1.66 M residents) with Vietnamese names, birth years and, for many, a phone; and the
 * progress of a campaign half-way: about 30 % of households covered (one member proficient in all
 * five skills), many more people proficient in one to four.
 *
 * <p>Written through plain JDBC as multi-row INSERTs, one transaction a commune. The summaries
 * ({@code household_skill}, {@code household.covered_at}, {@code hamlet_coverage}) and each
 * covered household's certificate are computed here from the generated rows by the app's own
 * rules and written in the same transaction, so every commit leaves the database consistent (and
 * the certificate backfill at start finds nothing owed); {@link CoverageBenchmark} checks the
 * summaries against the raw rows.
 *
 * <p>Idempotent and resumable: the province (code {@value #PROVINCE_CODE}) and its places are
 * created once; a commune that already has households is skipped, and each commune's data comes
 * from its own seed, so an interrupted run continues where it stopped with the same data.
 */
final class ProvinceGenerator {

    static final String PROVINCE_CODE = "BENCH-P";
    static final int COMMUNES = 200;
    static final int HAMLETS_PER_COMMUNE = 20;
    static final int HOUSEHOLDS = 500_000;

    private static final int ROWS_PER_STATEMENT = 5_000;
    private static final long SEED = 20_260_701L;

    /** Household sizes 1…6, in percent: 3.33 people on average. */
    private static final int[] SIZE_WEIGHTS = {9, 20, 27, 24, 13, 7};

    private static final double COVERED_SHARE = 0.30;
    private static final double PARTIAL_SHARE_COVERED_HOUSEHOLD = 0.22;
    private static final double PARTIAL_SHARE_OTHER_HOUSEHOLD = 0.25;

    private static final Instant REGISTERED_FROM = Instant.parse("2025-07-01T01:00:00Z");
    private static final Instant LEARNING_FROM = Instant.parse("2025-08-01T01:00:00Z");
    private static final Instant LEARNING_TO = Instant.parse("2026-11-20T12:00:00Z");
    private static final int THIS_YEAR = 2026;
    /** The app's default time zone ({@code kns.time-zone}): a certificate's date is the local one. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Certificate codes' alphabet (Crockford base 32, as the app writes them). */
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // Family names repeated roughly as often as they occur.
    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Trần", "Lê",
        "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Đinh", "Trịnh", "Đào", "Mai", "Lương", "Tạ", "Hà"
    };
    private static final String[] MALE_MIDDLE = {
        "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Xuân", "Thanh"
    };
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh"};
    private static final String[] MALE_GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Mạnh", "Nam", "Phong", "Quân",
        "Sơn", "Thắng", "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu", "Lộc", "Phúc", "Thịnh"
    };
    private static final String[] FEMALE_GIVEN = {
        "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hồng", "Hương", "Huyền", "Lan", "Liên", "Linh",
        "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Tuyết", "Vân", "Yến"
    };
    private static final String[] COMMUNE_FIRST = {
        "Tân", "An", "Phú", "Hòa", "Bình", "Thạnh", "Long", "Mỹ", "Vĩnh", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Phước",
        "Thuận", "Trung", "Quảng", "Hiệp", "Đức"
    };
    private static final String[] COMMUNE_SECOND = {
        "Phú", "Lợi", "Hòa", "An", "Thành", "Tiến", "Lộc", "Hưng", "Sơn", "Thủy"
    };
    private static final String[] VILLAGES = {
        "Đông",
        "Tây",
        "Nam",
        "Bắc",
        "Trung",
        "Thượng",
        "Hạ",
        "Đoài",
        "Cầu",
        "Chợ",
        "Giữa",
        "Mới",
        "Hòa Bình",
        "Tân Lập",
        "Quyết Tiến",
        "Đồng Tâm",
        "Thống Nhất",
        "Văn Hóa",
        "Phú Lộc",
        "An Lạc"
    };
    private static final String[] PHONE_PREFIXES = {
        "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033", "035", "037", "039", "070", "076",
        "077", "078", "079", "081", "083", "084", "085"
    };

    private final DataSource dataSource;

    ProvinceGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@link #ensure()} found or made. */
    record Result(long provinceId, int communesGenerated, double seconds, Map<String, Long> rowsWritten) {}

    /** Creates the bench province unless it is already there in full; prints what it did. */
    Result ensure() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Result result;
                try {
                    result = ensure(connection, started);
                } catch (SQLException | RuntimeException e) {
                    connection
                            .rollback(); // a commune is all or nothing: restoring auto-commit would commit half of one
                    throw e;
                }
                System.out.printf(
                        "ProvinceGenerator: province %s (id %d): %s in %.1f s%s%n",
                        PROVINCE_CODE,
                        result.provinceId(),
                        result.communesGenerated() == 0
                                ? "already complete, nothing generated"
                                : result.communesGenerated() + " communes generated",
                        result.seconds(),
                        result.rowsWritten().isEmpty() ? "" : "; rows written " + result.rowsWritten());
                return result;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the bench province", e);
        }
    }

    private Result ensure(Connection connection, long started) throws SQLException {
        Long provinceId = idOfCode(connection, PROVINCE_CODE);
        if (provinceId != null && householdsSummarised(connection, provinceId) == HOUSEHOLDS) {
            connection.commit();
            analyze(connection); // in case the run that generated the data stopped before it
            return new Result(provinceId, 0, seconds(started), Map.of());
        }
        if (provinceId == null) {
            provinceId = createPlaces(connection);
            connection.commit();
            System.out.printf("ProvinceGenerator: places created in %.1f s%n", seconds(started));
        }
        long[] courseVersions = courseVersionPerSkill(connection);
        int[] householdsPerHamlet = householdsPerHamlet();
        Map<String, Long> written = new LinkedHashMap<>();
        int generated = 0;
        for (int c = 0; c < COMMUNES; c++) {
            long communeId = idOfCode(connection, communeCode(c));
            if (hasHouseholds(connection, communeId)) {
                continue;
            }
            List<Hamlet> hamlets = hamletsOf(connection, communeId);
            Commune commune = new Commune(c, provinceId, provinceName(connection, provinceId), communeId, hamlets);
            new CommuneWriter(connection, commune, householdsPerHamlet, courseVersions).write(written);
            connection.commit();
            generated++;
            if (generated % 20 == 0) {
                System.out.printf(
                        "ProvinceGenerator: %d communes written, %.1f s so far%n", generated, seconds(started));
            }
        }
        analyze(connection);
        return new Result(provinceId, generated, seconds(started), written);
    }

    // --- places ---

    private record Hamlet(long id, String name) {}

    private record Commune(int index, long provinceId, String provinceName, long id, List<Hamlet> hamlets) {}

    static String communeCode(int index) {
        return "BENCH-C%03d".formatted(index + 1);
    }

    private static String hamletCode(int commune, int hamlet) {
        return "BENCH-H%03d-%02d".formatted(commune + 1, hamlet + 1);
    }

    private static boolean isWard(int commune) {
        return commune % 5 == 4; // one in five: a ward of the town, with residential groups
    }

    private long createPlaces(Connection connection) throws SQLException {
        long provinceId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO place (parent_id, level, kind, code, name) VALUES (NULL, 'PROVINCE', 'PROVINCE', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, PROVINCE_CODE);
            insert.setString(2, "Tỉnh Thử Nghiệm");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                provinceId = keys.getLong(1);
            }
        }
        Inserter communes = new Inserter(connection, "place", "parent_id", "level", "kind", "code", "name");
        for (int c = 0; c < COMMUNES; c++) {
            String name = COMMUNE_FIRST[c / COMMUNE_SECOND.length] + " " + COMMUNE_SECOND[c % COMMUNE_SECOND.length];
            communes.add(
                    provinceId,
                    "COMMUNE",
                    isWard(c) ? "WARD" : "COMMUNE",
                    communeCode(c),
                    (isWard(c) ? "Phường " : "Xã ") + name);
        }
        communes.flush();
        Inserter hamlets = new Inserter(connection, "place", "parent_id", "level", "kind", "code", "name");
        for (int c = 0; c < COMMUNES; c++) {
            long communeId = idOfCode(connection, communeCode(c));
            for (int h = 0; h < HAMLETS_PER_COMMUNE; h++) {
                hamlets.add(
                        communeId,
                        "HAMLET",
                        isWard(c) ? "RESIDENTIAL_GROUP" : "VILLAGE",
                        hamletCode(c, h),
                        isWard(c) ? "Tổ dân phố " + (h + 1) : "Thôn " + VILLAGES[h]);
            }
        }
        hamlets.flush();
        return provinceId;
    }

    private static List<Hamlet> hamletsOf(Connection connection, long communeId) throws SQLException {
        List<Hamlet> hamlets = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement("SELECT id, name FROM place WHERE parent_id = ? ORDER BY code")) {
            query.setLong(1, communeId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    hamlets.add(new Hamlet(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        if (hamlets.size() != HAMLETS_PER_COMMUNE) {
            throw new IllegalStateException("Commune " + communeId + " has " + hamlets.size() + " hamlets");
        }
        return hamlets;
    }

    /**
     * Households in each of the 4,000 hamlets: 125 on average, 60–190, pairs of hamlets balancing
     * each other so the province has exactly {@value #HOUSEHOLDS}.
     */
    private static int[] householdsPerHamlet() {
        int hamlets = COMMUNES * HAMLETS_PER_COMMUNE;
        int mean = HOUSEHOLDS / hamlets;
        Random random = new Random(SEED);
        int[] counts = new int[hamlets];
        for (int i = 0; i < hamlets; i += 2) {
            int spread = random.nextInt(mean / 2 + 3);
            counts[i] = mean + spread;
            counts[i + 1] = mean - spread;
        }
        // shuffle so big and small hamlets do not alternate
        for (int i = hamlets - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = counts[i];
            counts[i] = counts[j];
            counts[j] = swap;
        }
        if (Arrays.stream(counts).sum() != HOUSEHOLDS) {
            throw new IllegalStateException("households do not add up");
        }
        return counts;
    }

    // --- one commune's people and progress ---

    /** Writes one commune's households, people, proficiency and summaries, computing the summaries on the way. */
    private static final class CommuneWriter {

        private final Connection connection;
        private final Commune commune;
        private final int[] householdsPerHamlet;
        private final long[] courseVersions;
        private final Random random;
        private final Random codes;

        CommuneWriter(Connection connection, Commune commune, int[] householdsPerHamlet, long[] courseVersions) {
            this.connection = connection;
            this.commune = commune;
            this.householdsPerHamlet = householdsPerHamlet;
            this.courseVersions = courseVersions;
            this.random = new Random(SEED * 31 + commune.index());
            this.codes = new Random(SEED * 37 + commune.index());
        }

        void write(Map<String, Long> written) throws SQLException {
            long nextHousehold = maxId("household") + 1;
            long nextPerson = maxId("person") + 1;
            Inserter households = new Inserter(
                    connection,
                    "household",
                    "id",
                    "hamlet_id",
                    "address",
                    "head_person_id",
                    "created_at",
                    "covered_at",
                    "disability",
                    "poverty");
            Inserter people = new Inserter(
                    connection,
                    "person",
                    "id",
                    "household_id",
                    "place_id",
                    "full_name",
                    "birth_year",
                    "phone",
                    "created_at");
            Inserter proficiency = new Inserter(
                    connection, "proficiency", "person_id", "skill", "achieved_at", "course_version_id", "attempt_id");
            Inserter householdSkills = new Inserter(connection, "household_skill", "household_id", "skill", "first_at");
            Inserter certificates = new Inserter(
                    connection,
                    "certificate",
                    "code",
                    "kind",
                    "household_id",
                    "holder_name",
                    "title_vi",
                    "title_en",
                    "completed_on",
                    "place_id",
                    "commune_name",
                    "province_name",
                    "commune_id",
                    "province_id",
                    "issued_at");
            Inserter coverage = new Inserter(
                    connection,
                    "hamlet_coverage",
                    "hamlet_id",
                    "commune_id",
                    "province_id",
                    "households",
                    "covered",
                    "public_services",
                    "online_shopping",
                    "online_payment",
                    "cyber_safety",
                    "digital_platforms");
            // Households are written before the rows that refer to them.
            List<Object[]> personRows = new ArrayList<>();
            List<Object[]> proficiencyRows = new ArrayList<>();
            List<Object[]> householdSkillRows = new ArrayList<>();
            List<Object[]> certificateRows = new ArrayList<>();
            String communeName = communeName();
            for (int h = 0; h < HAMLETS_PER_COMMUNE; h++) {
                Hamlet hamlet = commune.hamlets().get(h);
                int count = householdsPerHamlet[commune.index() * HAMLETS_PER_COMMUNE + h];
                long[] sums = new long[2 + Skill.values().length]; // households, covered, per skill
                for (int n = 0; n < count; n++) {
                    long householdId = nextHousehold++;
                    Instant registered = REGISTERED_FROM.plusSeconds(random.nextInt(60 * 86_400));
                    List<Member> members = members(random.nextDouble() < COVERED_SHARE);
                    Map<Skill, Instant> firstAt = new EnumMap<>(Skill.class);
                    Instant coveredAt = null;
                    long headId = nextPerson;
                    for (Member member : members) {
                        long personId = nextPerson++;
                        personRows.add(new Object[] {
                            personId,
                            householdId,
                            hamlet.id(),
                            member.name(),
                            member.birthYear(),
                            member.phone(),
                            Timestamp.from(registered)
                        });
                        for (Map.Entry<Skill, Instant> skill : member.skills().entrySet()) {
                            proficiencyRows.add(new Object[] {
                                personId,
                                skill.getKey().name(),
                                Timestamp.from(skill.getValue()),
                                courseVersions[skill.getKey().ordinal()],
                                0L
                            });
                            firstAt.merge(skill.getKey(), skill.getValue(), (a, b) -> a.isBefore(b) ? a : b);
                        }
                        if (member.skills().size() == Skill.values().length) {
                            // covered when this member gained their fifth skill; the first such member counts
                            Instant fifth = member.skills().values().stream()
                                    .max(Instant::compareTo)
                                    .orElseThrow();
                            coveredAt = coveredAt == null || fifth.isBefore(coveredAt) ? fifth : coveredAt;
                        }
                    }
                    int poverty = random.nextInt(100);
                    String address = address(hamlet, n);
                    households.add(
                            householdId,
                            hamlet.id(),
                            address,
                            headId,
                            Timestamp.from(registered),
                            coveredAt == null ? null : Timestamp.from(coveredAt),
                            random.nextInt(100) < 3,
                            poverty < 4 ? "POOR" : poverty < 10 ? "NEAR_POOR" : "NONE");
                    for (Map.Entry<Skill, Instant> skill : firstAt.entrySet()) {
                        householdSkillRows.add(
                                new Object[] {householdId, skill.getKey().name(), Timestamp.from(skill.getValue())});
                        sums[2 + skill.getKey().ordinal()]++;
                    }
                    sums[0]++;
                    sums[1] += coveredAt == null ? 0 : 1;
                    if (coveredAt != null) {
                        // the "digital household" certificate the app issues when a household is covered
                        certificateRows.add(new Object[] {
                            certificateCode(),
                            "HOUSEHOLD",
                            householdId,
                            members.getFirst().name(),
                            address,
                            address,
                            Date.valueOf(LocalDate.ofInstant(coveredAt, ZONE)),
                            hamlet.id(),
                            communeName,
                            commune.provinceName(),
                            commune.id(),
                            commune.provinceId(),
                            Timestamp.from(coveredAt)
                        });
                    }
                }
                Object[] row = new Object[3 + sums.length];
                row[0] = hamlet.id();
                row[1] = commune.id();
                row[2] = commune.provinceId();
                for (int i = 0; i < sums.length; i++) {
                    row[3 + i] = sums[i];
                }
                coverage.add(row);
            }
            households.flush();
            for (Object[] row : personRows) {
                people.add(row);
            }
            people.flush();
            for (Object[] row : proficiencyRows) {
                proficiency.add(row);
            }
            proficiency.flush();
            for (Object[] row : householdSkillRows) {
                householdSkills.add(row);
            }
            householdSkills.flush();
            for (Object[] row : certificateRows) {
                certificates.add(row);
            }
            certificates.flush();
            coverage.flush();
            for (Inserter inserter :
                    List.of(households, people, proficiency, householdSkills, certificates, coverage)) {
                written.merge(inserter.table, inserter.written, Long::sum);
            }
        }

        /** 26 characters of the app's certificate alphabet, from a random of its own (the data stays the same). */
        private String certificateCode() {
            StringBuilder code = new StringBuilder(26);
            for (int i = 0; i < 26; i++) {
                code.append(CODE_ALPHABET.charAt(codes.nextInt(CODE_ALPHABET.length())));
            }
            return code.toString();
        }

        private String communeName() throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("SELECT name FROM place WHERE id = ?")) {
                query.setLong(1, commune.id());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }

        private long maxId(String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private record Member(String name, int birthYear, String phone, Map<Skill, Instant> skills) {}

        /**
         * A household: the head, a spouse, children, in a big household a parent of the head. In a
         * covered household one adult has all five skills; anyone else may have some.
         */
        private List<Member> members(boolean covered) {
            int size = 1 + pick(SIZE_WEIGHTS);
            String family = FAMILY[random.nextInt(FAMILY.length)];
            boolean headMale = random.nextInt(100) < 75;
            int headYear = 1945 + random.nextInt(54);
            List<int[]> shapes = new ArrayList<>(); // {birth year, male 1/0}
            shapes.add(new int[] {headYear, headMale ? 1 : 0});
            for (int i = 1; i < size; i++) {
                if (i == 1 && random.nextInt(100) < 85) {
                    shapes.add(new int[] {clampYear(headYear + random.nextInt(13) - 6), headMale ? 0 : 1});
                } else if (i == size - 1 && size >= 5 && headYear > 1955) {
                    shapes.add(new int[] {clampYear(headYear - 22 - random.nextInt(9)), random.nextInt(2)});
                } else {
                    shapes.add(new int[] {clampYear(headYear + 20 + random.nextInt(19)), random.nextInt(2)});
                }
            }
            int learner = -1;
            if (covered) {
                List<Integer> adults = new ArrayList<>();
                for (int i = 0; i < shapes.size(); i++) {
                    int age = THIS_YEAR - shapes.get(i)[0];
                    if (age >= 15 && age <= 70) {
                        adults.add(i);
                    }
                }
                learner = adults.isEmpty() ? 0 : adults.get(random.nextInt(adults.size()));
            }
            double partial = covered ? PARTIAL_SHARE_COVERED_HOUSEHOLD : PARTIAL_SHARE_OTHER_HOUSEHOLD;
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                int year = shapes.get(i)[0];
                boolean male = shapes.get(i)[1] == 1;
                int age = THIS_YEAR - year;
                String memberFamily = i == 1 && shapes.size() > 1 && random.nextBoolean()
                        ? FAMILY[random.nextInt(FAMILY.length)] // a spouse keeps their own family name
                        : family;
                Map<Skill, Instant> skills = new EnumMap<>(Skill.class);
                if (i == learner) {
                    skills = skills(Skill.values().length);
                } else if (age >= 10 && age <= 75 && random.nextDouble() < partial) {
                    skills = skills(1 + random.nextInt(Skill.values().length - 1));
                }
                boolean phone = age >= 16 && age <= 75 && random.nextInt(100) < (i == 0 ? 80 : 55);
                members.add(new Member(name(memberFamily, male), year, phone ? phone() : null, skills));
            }
            return members;
        }

        private Map<Skill, Instant> skills(int count) {
            List<Skill> all = new ArrayList<>(List.of(Skill.values()));
            Map<Skill, Instant> skills = new EnumMap<>(Skill.class);
            long span = ChronoUnit.SECONDS.between(LEARNING_FROM, LEARNING_TO);
            for (int i = 0; i < count; i++) {
                Skill skill = all.remove(random.nextInt(all.size()));
                skills.put(skill, LEARNING_FROM.plusSeconds((long) (random.nextDouble() * span)));
            }
            return skills;
        }

        private String name(String family, boolean male) {
            String middle = male
                    ? MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)]
                    : FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)];
            String given = male
                    ? MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]
                    : FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)];
            if (!male && random.nextInt(100) < 30) {
                // "Nguyễn Thị Thu Hương": a second middle name
                given = FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)] + " " + given;
            }
            return family + " " + middle + " " + given;
        }

        private String phone() {
            return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + "%07d".formatted(random.nextInt(10_000_000));
        }

        private String address(Hamlet hamlet, int n) {
            return switch (n % 3) {
                case 0 -> "Số %d, ngõ %d, %s".formatted(1 + random.nextInt(120), 1 + n / 12, hamlet.name());
                case 1 -> "Xóm %d, %s".formatted(1 + n / 25, hamlet.name());
                default -> "Số %d, %s".formatted(1 + random.nextInt(300), hamlet.name());
            };
        }

        private int pick(int[] weights) {
            int total = Arrays.stream(weights).sum();
            int r = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private static int clampYear(int year) {
            return Math.max(1925, Math.min(THIS_YEAR - 1, year));
        }
    }

    // --- helpers ---

    /**
     * Fresh index statistics, as a database that grew over months has. Right after the bulk load
     * InnoDB's may still describe the nearly empty tables (its background recount lags), and with
     * them the optimizer picked a plan for the raw-rows coverage query that ran for over 17 minutes
     * instead of 18 s (a LATERAL DERIVED table re-computed per household). Takes well under a second.
     */
    private static void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE place, household, person, proficiency, household_skill, certificate,"
                    + " hamlet_coverage");
        }
        connection.commit();
    }

    /** A course version per skill, so proficiency rows point at something real (0 when none is loaded). */
    private static long[] courseVersionPerSkill(Connection connection) throws SQLException {
        long[] ids = new long[Skill.values().length];
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT skill, MIN(id) FROM course_version WHERE skill IS NOT NULL GROUP BY skill")) {
            while (rs.next()) {
                for (Skill skill : Skill.values()) {
                    if (skill.name().equals(rs.getString(1))) {
                        ids[skill.ordinal()] = rs.getLong(2);
                    }
                }
            }
        }
        return ids;
    }

    private static Long idOfCode(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM place WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static String provinceName(Connection connection, long provinceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM place WHERE id = ?")) {
            query.setLong(1, provinceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long householdsSummarised(Connection connection, long provinceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(SUM(households), 0) FROM hamlet_coverage WHERE province_id = ?")) {
            query.setLong(1, provinceId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean hasHouseholds(Connection connection, long communeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM household h"
                + " JOIN place hamlet ON hamlet.id = h.hamlet_id WHERE hamlet.parent_id = ?)")) {
            query.setLong(1, communeId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Collects rows and writes them as multi-row INSERTs of up to {@value #ROWS_PER_STATEMENT} rows. */
    private static final class Inserter {

        final String table;
        private final Connection connection;
        private final String head;
        private final String oneRow;
        private final List<Object[]> rows = new ArrayList<>();
        long written;

        Inserter(Connection connection, String table, String... columns) {
            this.connection = connection;
            this.table = table;
            this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
            this.oneRow = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        }

        void add(Object... row) throws SQLException {
            rows.add(row);
            if (rows.size() == ROWS_PER_STATEMENT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String sql = head + String.join(", ", Collections.nCopies(rows.size(), oneRow));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object[] row : rows) {
                    for (Object value : row) {
                        if (value == null) {
                            insert.setNull(i++, Types.NULL);
                        } else {
                            insert.setObject(i++, value);
                        }
                    }
                }
                insert.executeUpdate();
            }
            written += rows.size();
            rows.clear();
        }
    }
}
