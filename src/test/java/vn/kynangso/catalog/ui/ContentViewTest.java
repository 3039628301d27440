package vn.kynangso.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.ContentReport;
import vn.kynangso.catalog.ContentValidation;

class ContentViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_sees_the_published_courses_and_publishes_again() throws IOException {
        long shipped;
        try (Stream<Path> courses = Files.list(Path.of("content/courses"))) {
            shipped = courses.filter(Files::isDirectory).count();
        }
        login("giangvien");
        UI.getCurrent().navigate("content");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("content-courses"))))
                .isEqualTo(shipped);
        _click(_get(Button.class, spec -> spec.withId("content-publish")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("content-summary")).getText())
                .isEqualTo("Lần xuất bản gần nhất: 0 khoá học mới hoặc phiên bản mới, " + shipped
                        + " không đổi, 0 ngừng, 0 lỗi.");
    }

    @Test
    void a_trainer_sees_every_warning_of_the_last_publishing_below_the_problems() {
        login("giangvien");
        UI.getCurrent().navigate("content");
        _click(_get(Button.class, spec -> spec.withId("content-publish")));
        ContentReport report = context.getBean(CatalogService.class).lastReport();
        TranslationProvider texts = new TranslationProvider();

        List<String> shown = _get(Div.class, spec -> spec.withId("content-problems"))
                .getChildren()
                .map(c -> ((Paragraph) c).getText())
                .toList();

        // whatever the shipped content holds: each warning is listed, after a line counting them
        List<String> expected = new ArrayList<>();
        if (!report.warnings().isEmpty()) {
            expected.add(report.warnings().size() + " cảnh báo (khoá học vẫn được xuất bản):");
        }
        report.warnings()
                .forEach(w -> expected.add(ContentValidation.describe(w, texts, TranslationProvider.VIETNAMESE)));
        assertThat(report.problems()).isEmpty();
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    @Test
    void a_resident_cannot_open_it() {
        login("0912345678");
        UI.getCurrent().navigate("content");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isNotInstanceOf(ContentView.class);
    }
}
