package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.LessonImageUpload.Prepared;

class CourseImagesTest extends KaribuTest {

    @Autowired
    CourseImages images;

    @Autowired
    LessonImageUpload upload;

    @LocalServerPort
    int port;

    @Test
    void stored_picture_is_named_by_its_content_and_found_again() throws Exception {
        login("giangvien");
        Prepared picture = picture(Color.ORANGE);

        String name = images.store("anh-luu-tru", picture);

        assertThat(name).matches("[0-9a-f]{16}\\.png").isEqualTo(CourseImages.fileName(picture.bytes(), "png"));
        StoredImage found = images.find("anh-luu-tru", name).orElseThrow();
        assertThat(found.bytes()).isEqualTo(picture.bytes());
        assertThat(found.mediaType()).isEqualTo("image/png");
        assertThat(found.width()).isEqualTo(picture.width());
        assertThat(found.height()).isEqualTo(picture.height());
        assertThat(images.find("anh-luu-tru", "0000000000000000.png")).isEmpty();
        assertThat(images.find("khoa-khac", name)).isEmpty();
    }

    @Test
    void storing_the_same_picture_again_keeps_one_row_under_the_same_name() throws Exception {
        login("giangvien");
        Prepared picture = picture(Color.GREEN);

        String first = images.store("anh-hai-lan", picture);
        String second = images.store("anh-hai-lan", upload.prepare(picture.bytes(), "again.png"));
        String other = images.store("anh-hai-lan", picture(Color.BLUE));

        assertThat(second).isEqualTo(first);
        assertThat(images.all("anh-hai-lan")).containsOnlyKeys(first, other);
    }

    @Test
    void course_made_as_a_copy_keeps_the_pictures_of_the_original() throws Exception {
        login("giangvien");
        String a = images.store("anh-goc", picture(Color.RED));
        String b = images.store("anh-goc", picture(Color.CYAN));
        String own = images.store("anh-ban-sao", picture(Color.MAGENTA));

        images.copy("anh-goc", "anh-ban-sao");
        images.copy("anh-goc", "anh-ban-sao");

        assertThat(images.all("anh-ban-sao")).containsOnlyKeys(a, b, own);
        assertThat(images.all("anh-ban-sao").get(a))
                .isEqualTo(images.all("anh-goc").get(a));
        assertThat(images.all("anh-goc")).containsOnlyKeys(a, b);
    }

    @Test
    void pictures_of_an_imported_course_folder_are_kept_under_their_own_names() throws Exception {
        login("giangvien");
        byte[] screen = picture(Color.ORANGE).bytes();
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<String> kept = images.keep(
                "anh-nhap-zip",
                Map.of(
                        "vneid-login.png",
                        screen,
                        "so-do.svg",
                        svg,
                        ".DS_Store",
                        new byte[] {0, 0, 0, 1},
                        "qua-lon.jpg",
                        new byte[(int) LessonMarkdown.MAX_IMAGE_BYTES + 1]));

        assertThat(kept).containsExactly("so-do.svg", "vneid-login.png");
        StoredImage png = images.find("anh-nhap-zip", "vneid-login.png").orElseThrow();
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(64);
        assertThat(images.find("anh-nhap-zip", "so-do.svg").orElseThrow().mediaType())
                .isEqualTo("image/svg+xml");

        // the folder imported again with a changed picture: the new one replaces the old
        byte[] changed = picture(Color.BLUE).bytes();
        images.keep("anh-nhap-zip", Map.of("vneid-login.png", changed));
        assertThat(images.find("anh-nhap-zip", "vneid-login.png").orElseThrow().bytes())
                .isEqualTo(changed);
        assertThat(images.all("anh-nhap-zip")).containsOnlyKeys("so-do.svg", "vneid-login.png");
    }

    @Test
    void only_trainers_and_administrators_add_pictures() throws Exception {
        Prepared picture = picture(Color.PINK);

        assertThatThrownBy(() -> images.store("anh-quyen", picture))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        login("0912345678");
        assertThatThrownBy(() -> images.store("anh-quyen", picture)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> images.copy("anh-goc", "anh-quyen")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> images.keep("anh-quyen", Map.of("a.png", picture.bytes())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(images.all("anh-quyen")).isEmpty();
    }

    @Test
    void only_prepared_pictures_are_stored() {
        login("giangvien");

        assertThatThrownBy(() -> images.store("anh-sai", new Prepared(new byte[] {'<'}, "svg", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> images.store(
                        "anh-sai", new Prepared(new byte[(int) LessonMarkdown.MAX_IMAGE_BYTES + 1], "jpg", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> images.store("../anh-sai", new Prepared(new byte[] {1}, "jpg", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void picture_added_in_the_app_is_served_to_anyone_reading_the_lesson() throws Exception {
        login("giangvien");
        Prepared picture = picture(Color.YELLOW);
        String name = images.store("anh-phuc-vu", picture);
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<byte[]> found = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/content-images/anh-phuc-vu/" + name))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> missing = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/content-images/anh-khac/" + name))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(picture.bytes());
        assertThat(found.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(found.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(found.headers().firstValue("Content-Security-Policy"))
                .contains(ContentImagesController.IMAGE_POLICY);
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    /** A small screenshot-like picture of one colour, prepared as an upload would be. */
    private Prepared picture(Color colour) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        return upload.prepare(LessonImageUploadTest.png(image), "screen.png");
    }
}
