package vn.kynangso.people;

import java.util.Set;
import vn.kynangso.TestArea;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * A commune of the import tests' own (in the tests' province), with hamlets "Thôn Một", "Thôn Hai"
 * and "Ấp Một" (so "Một" alone is ambiguous), and its commune admin.
 */
public final class ImportArea {

    public static final String ADMIN = "quantri.nhaplieu";
    public static final String PASSWORD = "mat-khau-kiem-thu";

    public record Ids(long commune, long one, long two, long apOne) {}

    private static Ids ids;

    private ImportArea() {}

    public static synchronized Ids ensure(PlaceService places, AccountService accounts) {
        if (ids == null) {
            long province = TestArea.ensure(places, accounts).province();
            ids = SystemRunner.runAsSystem(() -> {
                Place commune = places.findByCode("TEST-IMPORT")
                        .orElseGet(() -> places.create(province, PlaceKind.COMMUNE, "Xã Nhập Liệu", "TEST-IMPORT"));
                Place one = hamlet(places, commune, PlaceKind.VILLAGE, "Thôn Một", "TEST-IMPORT-1");
                Place two = hamlet(places, commune, PlaceKind.VILLAGE, "Thôn Hai", "TEST-IMPORT-2");
                Place apOne = hamlet(places, commune, PlaceKind.HAMLET, "Ấp Một", "TEST-IMPORT-3");
                if (!accounts.loginExists(ADMIN)) {
                    accounts.create(new AccountService.NewAccount(
                            ADMIN,
                            null,
                            "Quản Trị Nhập Liệu",
                            PASSWORD,
                            Set.of(Roles.COMMUNE_ADMIN),
                            Set.of(commune.getId()),
                            null));
                }
                return new Ids(commune.getId(), one.getId(), two.getId(), apOne.getId());
            });
        }
        return ids;
    }

    private static Place hamlet(PlaceService places, Place commune, PlaceKind kind, String name, String code) {
        return places.findByCode(code).orElseGet(() -> places.create(commune.getId(), kind, name, code));
    }
}
