package vn.kynangso.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.places.PlaceService.CommuneAndProvince;
import vn.kynangso.security.AccountService;

class PlaceServiceTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Test
    void a_hamlet_lies_in_its_commune_and_province_and_a_commune_in_itself() {
        TestArea.Ids area = TestArea.ensure(places, accounts);

        assertThat(places.communeAndProvinceOf(List.of(area.hamlet(), area.commune(), area.province())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        area.hamlet(), new CommuneAndProvince(area.commune(), area.province()),
                        area.commune(), new CommuneAndProvince(area.commune(), area.province()),
                        area.province(), new CommuneAndProvince(null, area.province())));
        assertThat(places.communeAndProvinceOf(List.of())).isEmpty();
    }

    @Test
    void a_places_area_names_its_commune_and_province_for_what_is_printed_about_it() {
        TestArea.Ids area = TestArea.ensure(places, accounts);
        String commune = places.find(area.commune()).orElseThrow().getName();
        String province = places.find(area.province()).orElseThrow().getName();

        PlaceService.Area ofHamlet = places.areasOf(List.of(area.hamlet())).get(area.hamlet());
        assertThat(ofHamlet.commune())
                .isEqualTo(new PlaceService.PlaceName(area.commune(), PlaceLevel.COMMUNE, commune));
        assertThat(ofHamlet.province())
                .isEqualTo(new PlaceService.PlaceName(area.province(), PlaceLevel.PROVINCE, province));
        assertThat(places.communeOf(area.hamlet())).contains(area.commune());
        assertThat(places.communeOf(area.commune())).contains(area.commune());
        assertThat(places.communeOf(area.province())).isEmpty();
    }

    @Test
    void an_admin_browses_their_own_area_only() {
        TestArea.Ids area = TestArea.ensure(places, accounts);
        login(TestArea.ADMIN);

        assertThat(places.browse(area.hamlet())).isPresent();
        assertThat(places.browseChildren(area.commune()))
                .extracting(Place::getId)
                .contains(area.hamlet());
        assertThat(places.browsePath(area.hamlet())).extracting(Place::getId).startsWith(area.hamlet());
    }
}
