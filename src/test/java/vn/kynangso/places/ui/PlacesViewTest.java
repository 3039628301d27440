package vn.kynangso.places.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.HostileFiles;
import vn.kynangso.base.Spreadsheets;
import vn.kynangso.base.ui.NotFoundView;
import vn.kynangso.base.ui.UploadRequests;
import vn.kynangso.people.ImportArea;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceException;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

class PlacesViewTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    private ImportArea.Ids area;

    @BeforeEach
    void communeAdmin() {
        area = ImportArea.ensure(places, accounts);
        login(ImportArea.ADMIN);
    }

    @Test
    void a_commune_admin_sees_the_commune_and_adds_and_renames_a_hamlet() {
        UI.getCurrent().navigate("places");
        assertThat(_get(H1.class, spec -> spec.withId("place-name")).getText()).isEqualTo("Xã Nhập Liệu");
        assertThat(_find(Button.class, spec -> spec.withId("place-edit")))
                .as("the admin's own commune is renamed by the province")
                .isEmpty();
        int before = _size(_get(Grid.class, spec -> spec.withId("place-children")));

        _click(_get(Button.class, spec -> spec.withId("place-add")));
        @SuppressWarnings("unchecked")
        Select<PlaceKind> kind = _get(Select.class, spec -> spec.withId("new-place-kind"));
        _setValue(kind, PlaceKind.MOUNTAIN_VILLAGE);
        _setValue(_get(TextField.class, spec -> spec.withId("new-place-name")), "Bản Phiêng Lây");
        _setValue(_get(TextField.class, spec -> spec.withId("new-place-code")), "TEST-IMPORT-1");
        _click(_get(Button.class, spec -> spec.withId("new-place-save")));
        TextField code = _get(TextField.class, spec -> spec.withId("new-place-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Mã này đã có ở địa danh khác");

        _setValue(code, "TEST-PLACES-BAN-" + System.nanoTime() % 1_000_000);
        _click(_get(Button.class, spec -> spec.withId("new-place-save")));
        assertThat(_size(_get(Grid.class, spec -> spec.withId("place-children"))))
                .isEqualTo(before + 1);
        Place added = places.children(area.commune()).stream()
                .filter(p -> p.getName().equals("Bản Phiêng Lây"))
                .findFirst()
                .orElseThrow();
        assertThat(added.getKind()).isEqualTo(PlaceKind.MOUNTAIN_VILLAGE);

        UI.getCurrent().navigate("places/" + added.getId());
        assertThat(_find(Button.class, spec -> spec.withId("place-add")))
                .as("nothing below a hamlet")
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("place-edit")));
        _setValue(_get(TextField.class, spec -> spec.withId("edit-place-name")), "Bản Phiêng Lây Mới");
        _click(_get(Button.class, spec -> spec.withId("edit-place-save")));
        assertThat(places.find(added.getId()).orElseThrow().getName()).isEqualTo("Bản Phiêng Lây Mới");
    }

    @Test
    void places_outside_my_area_are_not_found_and_cannot_be_changed() {
        long otherCommune = TestArea.ensure(places, accounts).commune();
        UI.getCurrent().navigate("places/" + otherCommune);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .singleElement()
                .isInstanceOf(NotFoundView.class);
        assertThatThrownBy(() -> places.create(otherCommune, PlaceKind.VILLAGE, "Thôn Lạ", null))
                .isInstanceOfSatisfying(
                        PlaceException.class,
                        e -> assertThat(e.reason()).isEqualTo(PlaceException.Reason.OUTSIDE_AREA));
        assertThatThrownBy(() -> places.update(area.commune(), "Xã Khác", null)).isInstanceOf(PlaceException.class);
        assertThatThrownBy(() -> places.create(null, PlaceKind.PROVINCE, "Tỉnh Mới", null))
                .isInstanceOf(PlaceException.class);

        login(TestArea.TEAM_MEMBER);
        UI.getCurrent().navigate("places");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .singleElement()
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void a_list_of_hamlets_is_previewed_with_its_problems_then_imported_at_once() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        UI.getCurrent().navigate("places/import");
        String bad = "Mã,Tên,Loại,Mã cấp trên\n"
                + "N1-" + suffix + ",Thôn Bắc,,TEST-IMPORT\n"
                + "N2-" + suffix + ",Đồi Thông,,TEST-IMPORT\n"
                + "N3-" + suffix + ",Thôn Nam,Thôn,TEST-COMMUNE\n"
                + "N4-" + suffix + ",Xã Con,Xã,TEST-IMPORT\n";
        _upload(_get(Upload.class), "thon.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(_size(problems)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(problems, 0))
                .containsExactly("3", "Loại", "Chưa rõ “Đồi Thông” là thôn, xã hay gì: ghi cột Loại.");
        assertThat(GridKt._getFormattedRow(problems, 1))
                .containsExactly("4", "Mã cấp trên", "Địa danh mã “TEST-COMMUNE” không thuộc địa bàn bạn phụ trách.");
        assertThat(GridKt._getFormattedRow(problems, 2))
                .containsExactly("5", "Loại", "Loại này không đặt được dưới địa danh mã “TEST-IMPORT”.");
        assertThat(_find(Button.class, spec -> spec.withId("places-import-confirm")))
                .isEmpty();

        String good = "Mã;Tên;Mã cấp trên\n"
                + "N1-" + suffix + ";Thôn Bắc;TEST-IMPORT\n"
                + "N5-" + suffix + ";Tổ dân phố 5;TEST-IMPORT\n"
                + "TEST-IMPORT-2;Thôn Hai;TEST-IMPORT\n";
        _upload(_get(Upload.class), "thon.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, spec -> spec.withId("places-import-summary"))
                        .getText())
                .isEqualTo("Tệp thon.csv: 3 dòng; thêm 2, đổi tên 0, giữ nguyên 1.");
        _click(_get(Button.class, spec -> spec.withId("places-import-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("places-import-done"))
                        .getText())
                .isEqualTo("Đã nhập: 2 địa danh thêm hoặc đổi tên.");
        assertThat(places.findByCode("N5-" + suffix).orElseThrow().getKind()).isEqualTo(PlaceKind.RESIDENTIAL_GROUP);
        assertThat(places.findByCode("N1-" + suffix).orElseThrow().getParentId())
                .isEqualTo(area.commune());
    }

    @Test
    void the_list_of_places_is_held_to_the_same_limits() throws Exception {
        long before = places.inMyArea(PlaceLevel.HAMLET).size();
        UI.getCurrent().navigate("places/import");
        AtomicLong read = new AtomicLong();
        int status =
                UploadRequests.post(_get(Upload.class), "thon.csv", -1, HostileFiles.endless(read, 64L * 1024 * 1024));
        assertThat(read.get()).isLessThanOrEqualTo(Spreadsheets.MAX_FILE_BYTES + 64 * 1024);
        assertThat(status).isEqualTo(422);
        assertThat(_get(Paragraph.class, spec -> spec.withId("places-import-error"))
                        .getText())
                .startsWith("Tệp lớn hơn 10 MB");

        _upload(_get(Upload.class), "thon.xlsx", "application/octet-stream", HostileFiles.png());
        assertThat(_get(Paragraph.class, spec -> spec.withId("places-import-error"))
                        .getText())
                .startsWith("Nội dung tệp không phải bảng tính Excel (.xlsx) hay CSV");
        assertThat(places.inMyArea(PlaceLevel.HAMLET)).hasSize((int) before);

        _upload(_get(Upload.class), "thon.csv", "text/csv", "Mã;Tên\n".getBytes(StandardCharsets.UTF_8));
        assertThat(_find(Paragraph.class, spec -> spec.withId("places-import-error")))
                .isEmpty();
    }
}
