package vn.kynangso.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.catalog.CourseImages;
import vn.kynangso.catalog.LessonImageUpload;

/** Pictures added in the app belong to a draft's course, and go with a course made as a copy. */
class DraftImagesTest extends AuthoringKaribuTest {

    @Autowired
    CourseImages courseImages;

    @Autowired
    LessonImageUpload upload;

    @Autowired
    DraftImages draftImages;

    @Test
    void course_made_as_a_copy_keeps_the_pictures_added_to_the_original() throws Exception {
        login(TRAINER);
        String name = courseImages.store("mua-sam-truc-tuyen", picture());
        String copy = newCode();

        authoring.createCopy("mua-sam-truc-tuyen", copy);

        assertThat(courseImages.all(copy)).containsKey(name);
        assertThat(draftImages.of(copy)).containsKey(name);
        assertThat(draftImages.of(copy).get(name))
                .isEqualTo(courseImages
                        .find("mua-sam-truc-tuyen", name)
                        .orElseThrow()
                        .bytes());
    }

    @Test
    void pictures_of_an_imported_folder_are_kept_for_its_course() throws Exception {
        login(TRAINER);
        String code = newCode();
        byte[] png = picture().bytes();

        draftImages.keep(code, java.util.Map.of("vneid-login.png", png));

        assertThat(draftImages.of(code)).containsOnlyKeys("vneid-login.png");
        assertThat(draftImages.of(code).get("vneid-login.png")).isEqualTo(png);
    }

    private LessonImageUpload.Prepared picture() throws Exception {
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(10, 10, 60, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return upload.prepare(png.toByteArray(), "man-hinh.png");
    }
}
