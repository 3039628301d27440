package vn.kynangso;

import java.util.Set;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * A province, commune and hamlet of the tests' own, with a commune admin, so tests that add people
 * never change the demo area's figures that other tests check.
 */
public final class TestArea {

    public static final String ADMIN = "quantri.kiemthu";
    public static final String TEAM_MEMBER = "tocongnghe.kiemthu";
    public static final String TEACHER = "giaovien.kiemthu";

    public record Ids(long province, long commune, long hamlet) {}

    private static Ids ids;

    private TestArea() {}

    /** The area, and a teacher of its commune (made on first use, so other tests' figures stay as they were). */
    public static synchronized Ids ensureTeacher(PlaceService places, AccountService accounts) {
        Ids area = ensure(places, accounts);
        SystemRunner.runAsSystem(() -> {
            if (!accounts.loginExists(TEACHER)) {
                accounts.create(new AccountService.NewAccount(
                        TEACHER,
                        null,
                        "Giáo Viên Kiểm Thử",
                        "mat-khau-kiem-thu",
                        Set.of(Roles.TEACHER),
                        Set.of(area.commune()),
                        null));
            }
        });
        return area;
    }

    public static synchronized Ids ensure(PlaceService places, AccountService accounts) {
        if (ids == null) {
            ids = SystemRunner.runAsSystem(() -> {
                Place province = places.findByCode("TEST-PROVINCE")
                        .orElseGet(() -> places.create(null, PlaceKind.PROVINCE, "Tỉnh Kiểm Thử", "TEST-PROVINCE"));
                Place commune = places.findByCode("TEST-COMMUNE")
                        .orElseGet(() ->
                                places.create(province.getId(), PlaceKind.COMMUNE, "Xã Kiểm Thử", "TEST-COMMUNE"));
                Place hamlet = places.findByCode("TEST-HAMLET")
                        .orElseGet(() ->
                                places.create(commune.getId(), PlaceKind.VILLAGE, "Thôn Kiểm Thử", "TEST-HAMLET"));
                if (!accounts.loginExists(ADMIN)) {
                    accounts.create(new AccountService.NewAccount(
                            ADMIN,
                            null,
                            "Quản Trị Kiểm Thử",
                            "mat-khau-kiem-thu",
                            Set.of(Roles.COMMUNE_ADMIN),
                            Set.of(commune.getId()),
                            null));
                }
                if (!accounts.loginExists(TEAM_MEMBER)) {
                    accounts.create(new AccountService.NewAccount(
                            TEAM_MEMBER,
                            null,
                            "Tổ Viên Kiểm Thử",
                            "mat-khau-kiem-thu",
                            Set.of(Roles.TEAM_MEMBER),
                            Set.of(hamlet.getId()),
                            null));
                }
                return new Ids(province.getId(), commune.getId(), hamlet.getId());
            });
        }
        return ids;
    }
}
