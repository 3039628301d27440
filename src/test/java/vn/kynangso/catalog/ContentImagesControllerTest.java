package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Pictures from content/ files first, else those added in the app; the same headers for both. */
class ContentImagesControllerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path contentRoot;

    private final Map<String, StoredImage> stored = new HashMap<>();
    private MockMvc mvc;
    private CourseImages courseImages;

    @BeforeEach
    void setUp() {
        CourseVersionRepository noVersions = (CourseVersionRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CourseVersionRepository.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        CourseImageRepository inMemory = new CourseImageRepository(null) {
            @Override
            boolean insert(String courseCode, StoredImage image, Instant createdAt) {
                return stored.putIfAbsent(courseCode + "/" + image.fileName(), image) == null;
            }

            @Override
            Optional<StoredImage> find(String courseCode, String fileName) {
                return Optional.ofNullable(stored.get(courseCode + "/" + fileName));
            }

            @Override
            List<StoredImage> findAll(String courseCode) {
                return stored.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(courseCode + "/"))
                        .map(Map.Entry::getValue)
                        .sorted(Comparator.comparing(StoredImage::fileName))
                        .toList();
            }

            @Override
            int copy(String fromCourse, String toCourse, Instant createdAt) {
                Map.copyOf(stored).forEach((key, image) -> {
                    if (key.startsWith(fromCourse + "/")) {
                        insert(toCourse, image, createdAt);
                    }
                });
                return 0;
            }
        };
        // nothing is published here: a lock that never touches a database
        PublishingLock noLock =
                new PublishingLock(org.springframework.jdbc.core.simple.JdbcClient.create(
                        new org.springframework.jdbc.datasource.SimpleDriverDataSource())) {
                    @Override
                    void hold() {}
                };
        CatalogService catalog = new CatalogService(noVersions, noLock, CLOCK, contentRoot.toString());
        courseImages = new CourseImages(inMemory, catalog, CLOCK);
        mvc = MockMvcBuilders.standaloneSetup(new ContentImagesController(catalog, courseImages))
                .build();
    }

    @Test
    void picture_from_the_course_folder_is_served_as_data() throws Exception {
        byte[] png = file("an-toan", "cuoc-goi.png", "png from the folder");

        mvc.perform(get("/content-images/an-toan/cuoc-goi.png"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(pictureHeaders())
                .andExpect(content().bytes(png));
    }

    @Test
    void picture_added_in_the_app_is_served_from_the_database_with_the_same_headers() throws Exception {
        byte[] jpeg = "jpeg from the database".getBytes(StandardCharsets.UTF_8);
        stored.put("an-toan/3f2a9c0d1e4b5a67.jpg", new StoredImage("3f2a9c0d1e4b5a67.jpg", jpeg, "image/jpeg", 8, 6));

        mvc.perform(get("/content-images/an-toan/3f2a9c0d1e4b5a67.jpg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(pictureHeaders())
                .andExpect(content().bytes(jpeg));
    }

    @Test
    void course_folder_wins_over_the_database_for_the_same_name() throws Exception {
        byte[] fromFile = file("an-toan", "qr.png", "the file");
        stored.put(
                "an-toan/qr.png",
                new StoredImage("qr.png", "the row".getBytes(StandardCharsets.UTF_8), "image/png", 1, 1));

        mvc.perform(get("/content-images/an-toan/qr.png")).andExpect(content().bytes(fromFile));
    }

    @Test
    void course_made_as_a_copy_shows_the_pictures_of_the_original_folder_and_stored_ones() throws Exception {
        byte[] fromFile = png(40, 30);
        Path images = Files.createDirectories(contentRoot.resolve("courses/an-toan/images"));
        Files.write(images.resolve("qr.png"), fromFile);
        byte[] svg = file("an-toan", "so-do.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
        byte[] jpeg = "jpeg from the database".getBytes(StandardCharsets.UTF_8);
        stored.put("an-toan/3f2a9c0d1e4b5a67.jpg", new StoredImage("3f2a9c0d1e4b5a67.jpg", jpeg, "image/jpeg", 8, 6));
        stored.put("an-toan/qr.png", new StoredImage("qr.png", new byte[] {1}, "image/png", 1, 1));

        courseImages.copy("an-toan", "an-toan-ban-sao");

        mvc.perform(get("/content-images/an-toan-ban-sao/qr.png"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(pictureHeaders())
                .andExpect(content().bytes(fromFile));
        mvc.perform(get("/content-images/an-toan-ban-sao/so-do.svg"))
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(pictureHeaders())
                .andExpect(content().bytes(svg));
        mvc.perform(get("/content-images/an-toan-ban-sao/3f2a9c0d1e4b5a67.jpg"))
                .andExpect(content().bytes(jpeg));
        StoredImage copied = courseImages.find("an-toan-ban-sao", "qr.png").orElseThrow();
        assertThat(copied.width()).isEqualTo(40);
        assertThat(copied.height()).isEqualTo(30);
        assertThat(courseImages.all("an-toan-ban-sao")).containsOnlyKeys("qr.png", "so-do.svg", "3f2a9c0d1e4b5a67.jpg");
    }

    @Test
    void missing_picture_is_not_found() throws Exception {
        file("an-toan", "qr.png", "the file");
        stored.put(
                "an-toan/3f2a9c0d1e4b5a67.jpg",
                new StoredImage("3f2a9c0d1e4b5a67.jpg", new byte[] {1}, "image/jpeg", 1, 1));

        mvc.perform(get("/content-images/an-toan/0000000000000000.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/content-images/mua-sam/3f2a9c0d1e4b5a67.jpg")).andExpect(status().isNotFound());
        mvc.perform(get("/content-images/mua-sam/qr.png")).andExpect(status().isNotFound());
    }

    @Test
    void names_that_are_not_picture_names_are_not_looked_up() throws Exception {
        stored.put("an-toan/trang.html", new StoredImage("trang.html", new byte[] {'<'}, "text/html", 1, 1));

        mvc.perform(get("/content-images/an-toan/trang.html")).andExpect(status().isNotFound());
        mvc.perform(get("/content-images/An_Toan/qr.png")).andExpect(status().isNotFound());
    }

    private static ResultMatcher pictureHeaders() {
        return result -> {
            header().string("Cache-Control", "max-age=604800, public").match(result);
            header().string("X-Content-Type-Options", "nosniff").match(result);
            header().string("Content-Security-Policy", ContentImagesController.IMAGE_POLICY)
                    .match(result);
        };
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private byte[] file(String course, String name, String text) throws IOException {
        Path images = Files.createDirectories(
                contentRoot.resolve("courses").resolve(course).resolve("images"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(images.resolve(name), bytes);
        return bytes;
    }
}
