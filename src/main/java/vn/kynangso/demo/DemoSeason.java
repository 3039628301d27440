package vn.kynangso.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.SystemRunner;

/**
 * The demo's lived-in season ({@link Season}) in Xã Tiên Du, with two more of its hamlets, and a
 * few households in Phường Từ Sơn: loaded after {@link DemoData} on the first start with {@code
 * kns.demo-season=true} (the demo profile; never in tests, whose fixtures are the plain demo data).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "kns.demo-season", havingValue = "true")
class DemoSeason implements ApplicationRunner {

    /** Households the season registers in Xã Tiên Du, and in Phường Từ Sơn. */
    static final int COMMUNE_HOUSEHOLDS = 260;

    static final int WARD_HOUSEHOLDS = 30;

    private final Season season;
    private final PlaceService places;

    DemoSeason(Season season, PlaceService places) {
        this.season = season;
        this.places = places;
    }

    @Override
    public void run(ApplicationArguments args) {
        season.grow("", () -> SystemRunner.runAsSystem(this::plot));
    }

    private Season.Plot plot() {
        Place province = places.provinces().stream()
                .filter(p -> p.getName().equals("Tỉnh Bắc Ninh"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo data is not there"));
        Place tienDu = child(province, "Xã Tiên Du");
        Place tuSon = child(province, "Phường Từ Sơn");
        List<Place> hamlets = new ArrayList<>(places.children(tienDu.getId()));
        hamlets.add(places.create(tienDu.getId(), PlaceKind.VILLAGE, "Thôn Ngang Nội", null));
        hamlets.add(places.create(tienDu.getId(), PlaceKind.VILLAGE, "Thôn Đình Cả", null));
        return new Season.Plot(
                "",
                "quantrixa",
                tienDu.getId(),
                hamlets,
                COMMUNE_HOUSEHOLDS,
                places.children(tuSon.getId()),
                WARD_HOUSEHOLDS,
                "giaovien");
    }

    private Place child(Place parent, String name) {
        return places.children(parent.getId()).stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " in the demo data"));
    }
}
