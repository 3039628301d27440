package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

/** Every spreadsheet upload speaks the person's language, not Vaadin's English. */
class SpreadsheetUploadsTest extends KaribuTest {

    @Test
    void the_places_and_households_uploads_say_their_words_in_vietnamese() {
        login("quantrixa");
        for (String route : new String[] {"places/import", "households/import"}) {
            UI.getCurrent().navigate(route);
            UploadI18N texts = _get(Upload.class).getI18n();
            assertThat(texts).as(route).isNotNull();
            assertThat(texts.getAddFiles().getOne()).as(route).isEqualTo("Chọn tệp…");
            assertThat(texts.getError().getFileIsTooBig()).as(route).isEqualTo("Tệp lớn hơn 10 MB.");
            assertThat(texts.getError().getIncorrectFileType()).as(route).isEqualTo("Chỉ nhận tệp .xlsx hoặc .csv.");
        }
    }
}
