package vn.kynangso.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassService;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.officials.MandatoryCourses;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * Loads the demo dataset on the first start of the demo profile: one province, two communes,
 * five hamlets, households with members, one sign-in per role (all with {@link #PASSWORD}), and
 * the officials' courses made mandatory in Xã Tiên Du for the year the demo starts in, and the
 * demo teacher's after-school class there with the demo student in it.
 * Runs once, all or nothing: a second start finds the province admin and does nothing. The demo's
 * months of history in Xã Tiên Du come after it, from {@link DemoSeason}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kns.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    static final String MARKER_LOGIN = "quantritinh";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PlaceService places;
    private final PeopleService people;
    private final AccountService accounts;
    private final MandatoryCourses officials;
    private final ClassService classes;
    private final ClassJoining joining;
    private final ClassCourses classCourses;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(
            PlaceService places,
            PeopleService people,
            AccountService accounts,
            MandatoryCourses officials,
            ClassService classes,
            ClassJoining joining,
            ClassCourses classCourses,
            TransactionTemplate transaction,
            Clock clock) {
        this.places = places;
        this.people = people;
        this.accounts = accounts;
        this.officials = officials;
        this.classes = classes;
        this.joining = joining;
        this.classCourses = classCourses;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.runAsSystem(() -> {
            if (accounts.loginExists(MARKER_LOGIN)) {
                return;
            }
            transaction.executeWithoutResult(status -> load());
            log.info("Demo data loaded: sign in as {} (and others, see README) with the demo password", MARKER_LOGIN);
        });
    }

    private void load() {
        Place province = places.create(null, PlaceKind.PROVINCE, "Tỉnh Bắc Ninh", null);
        Place tienDu = places.create(province.getId(), PlaceKind.COMMUNE, "Xã Tiên Du", null);
        Place tuSon = places.create(province.getId(), PlaceKind.WARD, "Phường Từ Sơn", null);
        Place dongSon = places.create(tienDu.getId(), PlaceKind.VILLAGE, "Thôn Đông Sơn", null);
        Place lungGiang = places.create(tienDu.getId(), PlaceKind.VILLAGE, "Thôn Lũng Giang", null);
        Place noiDue = places.create(tienDu.getId(), PlaceKind.VILLAGE, "Thôn Nội Duệ", null);
        Place dongKy = places.create(tuSon.getId(), PlaceKind.RESIDENTIAL_GROUP, "Khu phố Đông Kỵ", null);
        Place tamSon = places.create(tuSon.getId(), PlaceKind.RESIDENTIAL_GROUP, "Khu phố Tam Sơn", null);

        Household huong = household(
                dongSon,
                "Số 12, ngõ 3, Thôn Đông Sơn",
                List.of(
                        member("Nguyễn Thị Thu Hương", 1958, "0912345678"),
                        member("Nguyễn Văn Bình", 1955, null),
                        member("Nguyễn Thị Ánh", 1986, "0987654321")));
        household(
                dongSon,
                "Số 27, Thôn Đông Sơn",
                List.of(member("Lê Văn Thắng", 1949, null), member("Lê Thị Nở", 1952, null)));
        household(
                dongSon,
                "Số 5, Thôn Đông Sơn",
                List.of(member("Phan Thị Yến", 1979, "0903111222"), member("Phan Quốc Việt", 2004, null)));
        Household khoi = household(
                lungGiang,
                "Xóm Chùa, Thôn Lũng Giang",
                List.of(
                        member("Trần Văn Lực", 1975, "0978222333"),
                        member("Đặng Thị Hồng", 1978, null),
                        member("Trần Minh Khôi", 2010, null)));
        household(lungGiang, "Xóm Giữa, Thôn Lũng Giang", List.of(member("Bùi Thị Gấm", 1941, null)));
        household(
                noiDue,
                "Số 8, Thôn Nội Duệ",
                List.of(member("Vương Đình Quý", 1963, "0914555666"), member("Vương Thị Thảo", 1990, null)));
        household(
                dongKy,
                "Số 101, đường Trần Phú, khu phố Đông Kỵ",
                List.of(
                        member("Đinh Công Tráng", 1968, "0936777888"),
                        member("Đinh Thị Phượng", 1970, null),
                        member("Đinh Hữu Nghĩa", 1999, null)));
        household(
                tamSon,
                "Số 14, khu phố Tam Sơn",
                List.of(member("Lý Thị Xuân", 1947, null), member("Lý Văn Ước", 1983, "0945999000")));

        Person huongPerson = people.members(huong.getId()).getFirst();
        Person khoiPerson = people.members(khoi.getId()).getLast();
        Person official = people.registerPerson(tienDu.getId(), "Phạm Văn Đức", 1984);
        Person teacher = people.registerPerson(tienDu.getId(), "Lê Thị Mai", 1987);

        account(null, "0912345678", huongPerson.getFullName(), Roles.RESIDENT, Set.of(), huongPerson.getId());
        account("hocsinh", null, khoiPerson.getFullName(), Roles.STUDENT, Set.of(), khoiPerson.getId());
        long teacherAccount = account(
                "giaovien", null, teacher.getFullName(), Roles.TEACHER, Set.of(tienDu.getId()), teacher.getId());
        account("canbo", null, official.getFullName(), Roles.OFFICIAL, Set.of(), official.getId());
        account("tocongnghe", null, "Đỗ Văn Hùng", Roles.TEAM_MEMBER, Set.of(dongSon.getId(), lungGiang.getId()), null);
        account("giangvien", null, "Vũ Thị Lan", Roles.TRAINER, Set.of(province.getId()), null);
        account("quantrixa", null, "Hoàng Văn Nam", Roles.COMMUNE_ADMIN, Set.of(tienDu.getId()), null);
        account(MARKER_LOGIN, null, "Ngô Thị Hà", Roles.PROVINCE_ADMIN, Set.of(province.getId()), null);

        mandatoryCourses(tienDu);
        afterSchoolClass(teacherAccount, tienDu, khoiPerson);
    }

    /**
     * The teacher's class at the commune's lower secondary school, with the demo student in it and a
     * students' course due four weeks after the demo starts.
     */
    private void afterSchoolClass(long teacherAccount, Place commune, Person student) {
        LocalDate today = LocalDate.now(clock);
        SchoolClass schoolClass = classes.createFor(
                teacherAccount,
                commune.getId(),
                new ClassDetails("Trường THCS Tiên Du", "8", "Lớp 8A – Kỹ năng số", ClassDetails.schoolYearOf(today)));
        joining.enrol(schoolClass.id(), student.getId());
        classCourses.assignable().stream()
                .findFirst()
                .ifPresent(course -> classCourses.assign(schoolClass.id(), course.code(), today.plusWeeks(4)));
    }

    /**
     * This year's officials' courses for the commune, so the official and the evaluation have
     * something to show whatever day the demo first starts: each course's own deadline when it is
     * still at least two weeks ahead, otherwise the year's last day.
     */
    private void mandatoryCourses(Place commune) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        for (var course : officials.officialCourses()) {
            LocalDate own = course.content().deadlineIn(year);
            LocalDate deadline = own != null && !own.isBefore(today.plusWeeks(2)) ? own : LocalDate.of(year, 12, 31);
            officials.assign(year, commune.getId(), course.code(), deadline);
        }
    }

    private record Member(
            String name, int birthYear, @Nullable String phone) {}

    private static Member member(String name, int birthYear, @Nullable String phone) {
        return new Member(name, birthYear, phone);
    }

    private Household household(Place hamlet, String address, List<Member> members) {
        Household household = people.registerHousehold(hamlet.getId(), address);
        members.forEach(m -> people.addMember(household.getId(), m.name(), m.birthYear(), m.phone()));
        return household;
    }

    private long account(
            @Nullable String username,
            @Nullable String phone,
            String name,
            String role,
            Set<Long> area,
            @Nullable Long personId) {
        return accounts.create(new NewAccount(username, phone, name, PASSWORD, Set.of(role), area, personId))
                .getId();
    }
}
