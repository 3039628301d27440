package vn.kynangso.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.base.Backdating;
import vn.kynangso.catalog.Audience;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateRevocation;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassQuizzes;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.ClassSessions;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.learning.LearningService;
import vn.kynangso.learning.QuizGate;
import vn.kynangso.officials.MandatoryCourses;
import vn.kynangso.officials.OfficialUnits;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

/**
 * Half a year of a commune's digital-skills work, grown into places that exist: households
 * registered week by week (most in the first survey and during campaigns), campaigns with the
 * team's door-to-door visits, residents learning with a team member at their side (some households
 * covered, some part of the way, most not started), the commune's officials on time, late and not
 * started on the year's mandatory courses, a class session, and one certificate revoked.
 *
 * <p>Why time travel rather than writing dates: every step goes through the real services, as the
 * people would, so every rule, event and synchronous listener runs (skills gained, households
 * covered, coverage figures, activity); only the moment is old. The loading thread alone reads the
 * app's clock {@link Backdating backdated} to each step's moment, so the facts the weekly trend is
 * built from ({@code household.created_at}, {@code covered_at}, {@code household_skill.first_at})
 * carry past dates without any module's table being written from here, while requests and
 * after-commit listeners keep the real time. Certificates are issued after commit, on their own
 * threads, so their issue time is the day of loading; what they say (the day completed) is the
 * completion's.
 *
 * <p>The same {@link Random} seed every time, so every demo is the same season, dated back from the
 * day it starts. All or nothing: one transaction; a second run finds its first team member's login
 * and does nothing. The revocation follows the commit (it needs the issued certificate).
 */
@Component
class Season {

    /** How far back the season starts: about six months, ending yesterday. */
    static final int DAYS = 182;

    private static final Logger log = LoggerFactory.getLogger(Season.class);
    private static final long SEED = 20_260_101L;
    private static final int FLUSH_EVERY = 150;
    private static final String TEAM_LOGIN = "tocongnghe";

    /**
     * Where to grow: a commune with its hamlets (and, optionally, a few households in a ward's
     * hamlets), logins made unique by {@code prefix}, the commune admin who runs campaigns and
     * revokes, and the teacher whose class gets a session (none: no class work).
     */
    record Plot(
            String prefix,
            String adminLogin,
            long communeId,
            List<Place> hamlets,
            int households,
            List<Place> wardHamlets,
            int wardHouseholds,
            @Nullable String teacherLogin) {}

    private final PeopleService people;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final VisitService visits;
    private final Study study;
    private final CatalogService catalog;
    private final MandatoryCourses mandatory;
    private final OfficialUnits units;
    private final CertificateService certificates;
    private final CertificateRevocation revocation;
    private final ClassService classes;
    private final ClassJoining joining;
    private final ClassCourses classCourses;
    private final ClassSessions sessions;
    private final ClassQuizzes classQuizzes;
    private final LearningService learning;
    private final TransactionTemplate transaction;
    private final EntityManager entities;
    private final ObjectProvider<EventPublicationRegistry> publications;
    private final Clock clock;

    Season(
            PeopleService people,
            AccountService accounts,
            UserDetailsService users,
            VisitService visits,
            Study study,
            CatalogService catalog,
            MandatoryCourses mandatory,
            OfficialUnits units,
            CertificateService certificates,
            CertificateRevocation revocation,
            ClassService classes,
            ClassJoining joining,
            ClassCourses classCourses,
            ClassSessions sessions,
            ClassQuizzes classQuizzes,
            LearningService learning,
            TransactionTemplate transaction,
            EntityManager entities,
            ObjectProvider<EventPublicationRegistry> publications,
            Clock clock) {
        this.publications = publications;
        this.people = people;
        this.accounts = accounts;
        this.users = users;
        this.visits = visits;
        this.study = study;
        this.catalog = catalog;
        this.mandatory = mandatory;
        this.units = units;
        this.certificates = certificates;
        this.revocation = revocation;
        this.classes = classes;
        this.joining = joining;
        this.classCourses = classCourses;
        this.sessions = sessions;
        this.classQuizzes = classQuizzes;
        this.learning = learning;
        this.transaction = transaction;
        this.entities = entities;
        this.clock = clock;
    }

    /** The login whose presence says the season has been grown: its first team member's. */
    private static String marker(String prefix) {
        return prefix + TEAM_LOGIN + 2;
    }

    /** Whether the season has been grown with logins made with this prefix already. */
    boolean grown(String prefix) {
        return SystemRunner.runAsSystem(() -> accounts.loginExists(marker(prefix)));
    }

    /**
     * Grows the season into the plot {@code where} gives (called inside the season's transaction,
     * so places it creates are part of the all-or-nothing), unless it has been grown already with
     * {@code prefix}. Returns whether it grew.
     */
    boolean grow(String prefix, Supplier<Plot> where) {
        if (grown(prefix)) {
            return false;
        }
        Instant began = clock.instant();
        int waiting = incompletePublications();
        Growing grown = SystemRunner.runAsSystem(() -> transaction.execute(status -> {
            Growing growing = new Growing(where.get());
            growing.run();
            return growing;
        }));
        awaitAfterCommitWork(waiting);
        if (grown.revoked[0] != null) {
            revokeOne(grown.plot.adminLogin(), grown.revoked[0]);
        }
        log.info(
                "Demo season grown in {} ms",
                Duration.between(began, clock.instant()).toMillis());
        return true;
    }

    // ---------------------------------------------------------------------------------------------

    /** One run of the season: the plan, then its steps in time order. */
    private final class Growing {

        private final Plot plot;
        private final Random random = new Random(SEED);
        private final SeasonNames names = new SeasonNames(random);
        private final Instant now = clock.instant();
        private final LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        private final LocalDate first = today.minusDays(DAYS);
        private final List<Step> steps = new ArrayList<>();
        private final Map<String, Authentication> signIns = new HashMap<>();
        private final Map<Skill, String> skillCourses = new EnumMap<>(Skill.class);
        private final List<Window> campaigns = new ArrayList<>();
        private int sequence;
        /** The learner whose certificate gets revoked: the first who covers their household. */
        final Person[] revoked = new Person[1];

        Growing(Plot plot) {
            this.plot = plot;
        }

        void run() {
            for (Skill skill : Skill.values()) {
                catalog.currentCoursesFor(Set.of(Audience.RESIDENT)).stream()
                        .filter(c -> c.content().skill() == skill)
                        .map(PublishedCourse::code)
                        .sorted()
                        .findFirst()
                        .ifPresent(code -> skillCourses.put(skill, code));
            }
            Map<Long, String> teamOf = backdated(at(0, 8), this::team);
            campaigns();
            for (int i = 0; i < plot.households(); i++) {
                household(plot.hamlets().get(i % plot.hamlets().size()), teamOf, true);
            }
            for (int i = 0; i < plot.wardHouseholds() && !plot.wardHamlets().isEmpty(); i++) {
                household(plot.wardHamlets().get(i % plot.wardHamlets().size()), teamOf, false);
            }
            officials();
            if (plot.teacherLogin() != null && accounts.loginExists(plot.teacherLogin())) {
                schoolClass(plot.teacherLogin());
            }
            steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::sequence));
            int done = 0;
            for (Step step : steps) {
                backdated(step.at(), () -> {
                    step.work().run();
                    return null;
                });
                if (++done % FLUSH_EVERY == 0) {
                    // one transaction for the whole season: keep Hibernate's session small
                    entities.flush();
                    entities.clear();
                }
            }
        }

        // --- the team ----------------------------------------------------------------------------

        /** Team members for the hamlets (two for the commune, one for the ward): login per hamlet. */
        private Map<Long, String> team() {
            Map<Long, String> teamOf = new HashMap<>();
            List<List<Place>> groups = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
            for (int i = 0; i < plot.hamlets().size(); i++) {
                groups.get(i % 2).add(plot.hamlets().get(i));
            }
            groups.add(plot.wardHamlets());
            int n = 2;
            for (List<Place> group : groups) {
                if (group.isEmpty()) {
                    continue;
                }
                String login = plot.prefix() + TEAM_LOGIN + n++;
                boolean male = random.nextBoolean();
                accounts.create(new NewAccount(
                        login,
                        null,
                        names.person(names.family(), male),
                        DemoData.PASSWORD,
                        Set.of(Roles.TEAM_MEMBER),
                        group.stream().map(Place::getId).collect(Collectors.toSet()),
                        null));
                group.forEach(h -> teamOf.put(h.getId(), login));
            }
            return teamOf;
        }

        // --- campaigns ---------------------------------------------------------------------------

        private void campaigns() {
            List<Place> hamlets = plot.hamlets();
            int half = Math.max(1, hamlets.size() / 2);
            campaign(20, 13, "Ra quân phổ cập kỹ năng số đợt 1", hamlets.subList(0, half));
            campaign(75, 13, "Tháng cao điểm dịch vụ công trực tuyến", hamlets);
            campaign(
                    135,
                    13,
                    "Thanh toán không dùng tiền mặt – mỗi hộ một người biết",
                    hamlets.subList(half - 1, hamlets.size()));
        }

        private void campaign(int startDay, int days, String name, List<Place> hamlets) {
            Window window = new Window(
                    startDay,
                    startDay + days,
                    hamlets.stream().map(Place::getId).toList());
            campaigns.add(window);
            // announced a week before it starts
            step(
                    at(startDay - 7, 10),
                    () -> as(
                            signIn(plot.adminLogin()),
                            () -> visits.createCampaign(
                                    name, day(window.start()), day(window.end()), window.hamlets())));
        }

        // --- households --------------------------------------------------------------------------

        private void household(Place hamlet, Map<Long, String> teamOf, boolean inCommune) {
            int registered = registrationDay(hamlet.getId());
            String team = teamOf.get(hamlet.getId());
            String family = names.family();
            int number = 1 + random.nextInt(180);
            String address = names.address(number, hamlet.getName());
            List<MemberPlan> members = members(family);
            Household[] made = new Household[1];
            Person[] learner = new Person[1];
            step(
                    at(registered, 8),
                    () -> as(signIn(team), () -> {
                        made[0] = people.registerHousehold(hamlet.getId(), address);
                        for (MemberPlan m : members) {
                            Person p = people.addMember(made[0].getId(), m.name(), m.birthYear(), m.phone());
                            if (learner[0] == null && m.learns()) {
                                learner[0] = p;
                            }
                        }
                        return null;
                    }));
            Integer helpedOn = inCommune ? visits(hamlet.getId(), registered, team, made) : null;
            learning(registered, helpedOn, team, learner);
        }

        /** Registration day: a third in the first survey, a quarter during campaigns, the rest any day. */
        private int registrationDay(long hamlet) {
            double r = random.nextDouble();
            if (r < 0.35) {
                return random.nextInt(21);
            }
            if (r < 0.6) {
                List<Window> here = campaigns.stream()
                        .filter(w -> w.hamlets().contains(hamlet))
                        .toList();
                if (!here.isEmpty()) {
                    Window w = here.get(random.nextInt(here.size()));
                    return w.start() + random.nextInt(w.end() - w.start() + 1);
                }
            }
            return random.nextInt(DAYS - 7);
        }

        private List<MemberPlan> members(String family) {
            List<MemberPlan> members = new ArrayList<>();
            int headBorn = 1950 + random.nextInt(45);
            boolean single = random.nextInt(10) == 0;
            members.add(
                    new MemberPlan(names.person(family, !single || random.nextBoolean()), headBorn, phone(0.7), true));
            if (!single) {
                members.add(new MemberPlan(
                        names.person(names.family(), false), headBorn + random.nextInt(6), phone(0.6), true));
                int children = random.nextInt(4);
                for (int c = 0; c < children; c++) {
                    int born = headBorn + 22 + random.nextInt(15);
                    boolean adult = born <= today.getYear() - 18;
                    members.add(new MemberPlan(
                            names.person(family, random.nextBoolean()), born, adult ? phone(0.8) : null, adult));
                }
            }
            // the member who learns: often the younger adult
            if (members.size() > 2 && members.get(2).learns() && random.nextBoolean()) {
                members.add(0, members.remove(2));
            }
            return members;
        }

        private @Nullable String phone(double chance) {
            if (random.nextDouble() >= chance) {
                return null;
            }
            String[] prefixes = {"091", "094", "097", "098", "086", "035", "038", "088"};
            return prefixes[random.nextInt(prefixes.length)] + String.format("%07d", random.nextInt(10_000_000));
        }

        /** The household's visits; returns the first day a visit helped someone, if one did. */
        private @Nullable Integer visits(long hamlet, int registered, String team, Household[] made) {
            Integer helped = null;
            List<Integer> days = new ArrayList<>();
            for (Window w : campaigns) {
                if (w.hamlets().contains(hamlet) && registered <= w.end() && random.nextDouble() < 0.6) {
                    int from = Math.max(w.start(), registered);
                    days.add(from + random.nextInt(w.end() - from + 1));
                }
            }
            if (random.nextDouble() < 0.12) {
                days.add(registered + random.nextInt(DAYS - registered));
            }
            days.sort(null);
            for (int day : days) {
                double r = random.nextDouble();
                VisitOutcome outcome = r < 0.55
                        ? VisitOutcome.HELPED
                        : r < 0.75 ? VisitOutcome.NOT_HOME : r < 0.9 ? VisitOutcome.COME_BACK : VisitOutcome.DECLINED;
                Set<Skill> skills = EnumSet.noneOf(Skill.class);
                if (outcome == VisitOutcome.HELPED) {
                    skills.add(Skill.values()[random.nextInt(Skill.values().length)]);
                    skills.add(Skill.values()[random.nextInt(Skill.values().length)]);
                    if (helped == null) {
                        helped = day;
                    }
                }
                LocalDate next = outcome == VisitOutcome.COME_BACK ? day(day).plusDays(7) : null;
                step(
                        at(day, 9),
                        () -> as(
                                signIn(team),
                                () -> visits.record(
                                        made[0].getId(), LocalDate.now(clock), outcome, skills, next, null)));
            }
            return helped;
        }

        /**
         * What the household's learner does: households a visit helped take to it more often (the
         * campaign effect the reports look for). Covered: all five skills; partial: some; started:
         * a couple of lessons; or nothing.
         */
        private void learning(int registered, @Nullable Integer helpedOn, String team, Person[] learner) {
            double r = random.nextDouble();
            double covered = helpedOn != null ? 0.22 : 0.08;
            double partial = covered + (helpedOn != null ? 0.3 : 0.15);
            double started = partial + 0.1;
            List<Skill> skills = new ArrayList<>(List.of(Skill.values()));
            Collections.shuffle(skills, random);
            int day = helpedOn != null ? helpedOn + 1 + random.nextInt(5) : registered + 3 + random.nextInt(28);
            if (r < partial) {
                int count = r < covered ? skills.size() : 1 + random.nextInt(3);
                if (count == skills.size() && day + 40 < DAYS) {
                    step(at(day, 7), () -> {
                        if (revoked[0] == null) {
                            revoked[0] = learner[0];
                        }
                    });
                }
                for (Skill skill : skills.subList(0, count)) {
                    if (day >= DAYS) {
                        break; // not yet: the season ends before
                    }
                    String course = skillCourses.get(skill);
                    if (course == null) {
                        continue;
                    }
                    if (random.nextInt(8) == 0 && day + 2 < DAYS) {
                        helped(day, team, learner, () -> study.fail(course));
                        day += 2;
                    }
                    helped(day, team, learner, () -> study.pass(course));
                    day += 2 + random.nextInt(13);
                }
            } else if (r < started && day < DAYS) {
                String course = skillCourses.get(skills.getFirst());
                if (course != null) {
                    helped(day, team, learner, () -> study.read(course, 2));
                }
            }
        }

        /** A sitting in the evening, the team member at the learner's side. */
        private void helped(int day, String team, Person[] learner, Runnable work) {
            step(at(day, 19), () -> {
                Person person = learner[0];
                Authentication helped =
                        as(signIn(team), () -> accounts.startHelping(person.getId(), person.getFullName()));
                as(helped, () -> {
                    work.run();
                    return null;
                });
            });
        }

        // --- officials ---------------------------------------------------------------------------

        /**
         * The commune's officials on the year's mandatory courses. The first course's deadline is
         * three weeks before the day the evaluation is read, so some finished it on time, some late,
         * some not at all. In the first three weeks of January that day is the last of the year
         * just ended (whose evaluation is then the one with all three), since the new year has no
         * past deadline yet.
         */
        private void officials() {
            List<PublishedCourse> courses = mandatory.officialCourses().stream()
                    .sorted(Comparator.comparing(PublishedCourse::code))
                    .toList();
            if (courses.isEmpty()) {
                return;
            }
            LocalDate evaluated = today.getDayOfYear() <= 21 ? LocalDate.of(today.getYear() - 1, 12, 31) : today;
            int year = evaluated.getYear();
            LocalDate late = evaluated.minusDays(21);
            int lateDay = dayOf(late);
            List<String> codes = courses.stream().map(PublishedCourse::code).toList();
            step(
                    at(0, 8),
                    () -> as(signIn(plot.adminLogin()), () -> {
                        for (PublishedCourse c : courses) {
                            LocalDate own = c.content().deadlineIn(year);
                            LocalDate deadline = c.code().equals(codes.getFirst())
                                    ? late
                                    : own != null && !own.isBefore(evaluated.plusWeeks(2))
                                            ? own
                                            : LocalDate.of(year, 12, 31);
                            mandatory.assign(year, plot.communeId(), c.code(), deadline);
                        }
                        return null;
                    }));
            List<String> unitNames = List.of(
                    "Văn phòng HĐND và UBND",
                    "Phòng Kinh tế",
                    "Phòng Văn hóa – Xã hội",
                    "Trung tâm Phục vụ hành chính công");
            // on time, on time, on time, late, late, in progress, not started, not started
            String[] plans = {"ON_TIME", "ON_TIME", "ON_TIME", "LATE", "LATE", "STARTED", "NONE", "NONE"};
            List<String> logins = new ArrayList<>();
            List<String> officialNames = new ArrayList<>();
            for (int i = 0; i < plans.length; i++) {
                officialNames.add(names.person(names.family(), i % 2 == 0));
            }
            step(
                    at(0, 8),
                    () -> as(signIn(plot.adminLogin()), () -> {
                        List<Long> unitIds = unitNames.stream()
                                .map(n -> units.createUnit(plot.communeId(), n).id())
                                .toList();
                        for (int i = 0; i < plans.length; i++) {
                            String name = officialNames.get(i);
                            int born = 1970 + (i * 5) % 30;
                            Person person =
                                    SystemRunner.runAsSystem(() -> people.registerPerson(plot.communeId(), name, born));
                            String login = plot.prefix() + "canbo" + (i + 2);
                            SystemRunner.runAsSystem(() -> accounts.create(new NewAccount(
                                    login,
                                    null,
                                    person.getFullName(),
                                    DemoData.PASSWORD,
                                    Set.of(Roles.OFFICIAL),
                                    Set.of(),
                                    person.getId())));
                            units.setUnit(person.getId(), unitIds.get(i % unitIds.size()));
                            logins.add(login);
                        }
                        return null;
                    }));
            // those on time finish within the year when it has days before the deadline, else before it
            int hi = Math.max(1, Math.min(lateDay - 1, DAYS - 1));
            int lo = Math.max(1, dayOf(LocalDate.of(year, 1, 1)));
            int from = lo < hi ? lo : 1;
            for (int i = 0; i < plans.length; i++) {
                int official = i;
                String plan = plans[i];
                switch (plan) {
                    case "ON_TIME" -> {
                        for (String code : codes) {
                            int day = from + random.nextInt(hi - from + 1);
                            officialStep(day, logins, official, () -> study.pass(code));
                        }
                    }
                    case "LATE" -> {
                        for (String code : codes.subList(1, codes.size())) {
                            int day = from + random.nextInt(hi - from + 1);
                            officialStep(day, logins, official, () -> study.pass(code));
                        }
                        int day = lateDay + 3 + random.nextInt(Math.max(1, dayOf(evaluated) - lateDay - 4));
                        officialStep(Math.min(day, DAYS - 1), logins, official, () -> study.pass(codes.getFirst()));
                    }
                    case "STARTED" ->
                        officialStep(Math.max(1, hi - 20), logins, official, () -> study.read(codes.getFirst(), 2));
                    default -> {}
                }
            }
        }

        private void officialStep(int day, List<String> logins, int official, Runnable work) {
            step(
                    at(day, 14),
                    () -> as(signIn(logins.get(official)), () -> {
                        work.run();
                        return null;
                    }));
        }

        // --- the class ---------------------------------------------------------------------------

        /**
         * The teacher's class: students listed three weeks ago, read lessons at home, and a session
         * three days ago in which the teacher opened the quiz and some passed it.
         */
        private void schoolClass(String teacherLogin) {
            List<String> studentLogins = new ArrayList<>();
            long[] classId = new long[1];
            String[] course = new String[1];
            List<String> studentNames = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                studentNames.add(names.person(names.family(), random.nextBoolean()));
            }
            int born = today.getYear() - 14;
            step(
                    at(DAYS - 21, 15),
                    () -> as(signIn(teacherLogin), () -> {
                        SchoolClass found = classes.visible().stream()
                                .filter(c -> c.communeId() == plot.communeId())
                                .findFirst()
                                .orElseThrow();
                        classId[0] = found.id();
                        course[0] =
                                classCourses.assignments(found.id()).getFirst().courseCode();
                        for (String name : studentNames) {
                            Person student = people.registerStudent(plot.communeId(), name, born, null);
                            SystemRunner.runAsSystem(() -> joining.enrol(found.id(), student.getId()));
                            studentLogins.add(accounts.createStudentLogin(student.getId(), name, null)
                                    .login());
                        }
                        return null;
                    }));
            for (int i = 0; i < 4; i++) {
                int s = i;
                step(
                        at(DAYS - 14 + i, 20),
                        () -> as(signIn(studentLogins.get(s)), () -> {
                            study.read(course[0], 2 + s);
                            return null;
                        }));
            }
            step(at(DAYS - 3, 8), () -> as(signIn(teacherLogin), () -> sessions.start(classId[0])));
            step(at(DAYS - 3, 9), () -> {
                for (int s = 0; s < 3; s++) {
                    as(signIn(studentLogins.get(s)), () -> {
                        study.read(course[0], Integer.MAX_VALUE);
                        if (learning.progress(course[0]).gate() instanceof QuizGate.HeldByTeacher) {
                            as(signIn(teacherLogin), () -> {
                                classQuizzes.open(classId[0], course[0]);
                                return null;
                            });
                        }
                        study.pass(course[0]);
                        return null;
                    });
                }
            });
            step(
                    at(DAYS - 3, 11),
                    () -> as(signIn(teacherLogin), () -> {
                        sessions.end(classId[0]);
                        return null;
                    }));
        }

        // --- time and people ---------------------------------------------------------------------

        private LocalDate day(int day) {
            return first.plusDays(day);
        }

        private int dayOf(LocalDate date) {
            return (int) (date.toEpochDay() - first.toEpochDay());
        }

        /** A moment on a day of the season, at an hour; steps of one hour follow each other by minutes. */
        private LocalDateTime at(int day, int hour) {
            return day(Math.max(0, day)).atTime(LocalTime.of(hour, 0));
        }

        private void step(LocalDateTime at, Runnable work) {
            LocalDateTime moment = at.plusSeconds(20L * (sequence % 150));
            steps.add(new Step(moment, sequence++, work));
        }

        private <T> T backdated(LocalDateTime at, Supplier<T> work) {
            Instant moment = at.atZone(clock.getZone()).toInstant();
            return Backdating.run(Duration.between(moment, now), work);
        }

        private Authentication signIn(String login) {
            return signIns.computeIfAbsent(login, l -> {
                UserDetails user = users.loadUserByUsername(l);
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            });
        }
    }

    /** A campaign's days (of the season) and hamlets. */
    private record Window(int start, int end, List<Long> hamlets) {}

    private record MemberPlan(
            String name, int birthYear, @Nullable String phone, boolean learns) {}

    private record Step(LocalDateTime at, int sequence, Runnable work) {}

    /** Runs {@code work} signed in as {@code who}, then puts back whoever was. */
    private static <T> T as(Authentication who, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Revokes one course certificate of the commune (the first covered learner's), as its admin
     * would on finding the quiz was done by someone else. Waits for the certificates, which are
     * issued after the season's commit.
     */
    private void revokeOne(String adminLogin, Person learner) {
        SystemRunner.runAsSystem(() -> {
            UserDetails user = users.loadUserByUsername(adminLogin);
            Authentication admin = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            Authentication helped = as(admin, () -> accounts.startHelping(learner.getId(), learner.getFullName()));
            Certificate certificate = as(
                    helped,
                    () -> certificates.mine().stream()
                            .filter(c -> c.kind() == Certificate.Kind.COURSE)
                            .reduce((newer, older) -> older)
                            .orElse(null));
            if (certificate == null) {
                log.warn("Demo season: no certificate issued to revoke");
                return;
            }
            String code = certificate.code();
            as(admin, () -> {
                revocation.revoke(code, "Bài kiểm tra do người khác làm thay; học viên sẽ học và làm lại.");
                return null;
            });
        });
    }

    /**
     * Waits (up to two minutes) until the after-commit work the season set off is done, the
     * certificates above all: the certificate to revoke must exist, and the start-up work after the
     * season (the certificates' backfill) must not race the issuer for the same certificates. Work
     * left over from before ({@code before}, e.g. a failed publication waiting for its retry) is not
     * waited for.
     */
    private void awaitAfterCommitWork(int before) {
        for (int tries = 0; tries < 600; tries++) {
            if (incompletePublications() <= before) {
                return;
            }
            pause();
        }
        log.warn("Demo season: after-commit work still running");
    }

    private int incompletePublications() {
        EventPublicationRegistry registry = publications.getIfAvailable();
        return registry == null ? 0 : registry.findIncompletePublications().size();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
