package vn.kynangso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.LessonImageUpload.Prepared;
import vn.kynangso.catalog.LessonImageUpload.Refused;

class LessonImageUploadTest {

    private final LessonImageUpload upload = new LessonImageUpload();

    @Test
    void phone_photo_is_shrunk_to_1280_pixels_and_under_300_kb() throws Exception {
        byte[] photo = jpeg(photoLike(4000, 3000), 0.95f);
        assertThat(photo.length).isGreaterThan(2 * 1024 * 1024);

        Prepared prepared = upload.prepare(photo, "IMG_20261201_083000.jpg");

        assertThat(prepared.extension()).isEqualTo("jpg");
        assertThat(prepared.width()).isEqualTo(1280);
        assertThat(prepared.height()).isEqualTo(960);
        assertThat(prepared.bytes().length).isLessThanOrEqualTo((int) LessonMarkdown.MAX_IMAGE_BYTES);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(read.getWidth()).isEqualTo(1280);
        assertThat(read.getHeight()).isEqualTo(960);
    }

    @Test
    void exif_orientation_turns_the_photo_upright() throws Exception {
        // held upright, a phone stores the picture lying on its side and says so in EXIF (6: turn 90° clockwise)
        BufferedImage sideways = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sideways.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();

        Prepared prepared = upload.prepare(withExif(jpeg(sideways, 0.9f), 6), "photo.jpg");

        assertThat(prepared.width()).isEqualTo(200);
        assertThat(prepared.height()).isEqualTo(400);
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        assertThat(new Color(upright.getRGB(100, 20)).getRed()).isGreaterThan(200); // the left side is now on top
        assertThat(new Color(upright.getRGB(100, 380)).getBlue()).isGreaterThan(200);
    }

    @Test
    void exif_block_with_the_place_the_photo_was_taken_does_not_survive() throws Exception {
        byte[] photo = withExif(jpeg(photoLike(1600, 1200), 0.9f), 1);
        assertThat(segments(photo)).contains(0xE1);
        assertThat(contains(photo, "Exif")).isTrue();

        Prepared prepared = upload.prepare(photo, "photo.jpg");

        assertThat(segments(prepared.bytes())).doesNotContain(0xE1).allMatch(m -> m < 0xE1 || m > 0xEF);
        assertThat(contains(prepared.bytes(), "Exif")).isFalse();
    }

    @Test
    void screenshot_stays_png_when_it_fits() throws Exception {
        BufferedImage screen = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = screen.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 900);
        g.setColor(new Color(0x1565c0));
        g.fillRect(0, 0, 1600, 120);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("Đăng nhập VNeID", 100, 300);
        g.dispose();

        Prepared prepared = upload.prepare(png(screen), "Screenshot_2026.png");

        assertThat(prepared.extension()).isEqualTo("png");
        assertThat(prepared.width()).isEqualTo(1280);
        assertThat(prepared.height()).isEqualTo(720);
        assertThat(prepared.bytes().length).isLessThanOrEqualTo((int) LessonMarkdown.MAX_IMAGE_BYTES);
        assertThat(ImageIO.read(new ByteArrayInputStream(prepared.bytes())).getWidth())
                .isEqualTo(1280);
    }

    @Test
    void small_picture_is_not_enlarged() throws Exception {
        BufferedImage icon = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);

        Prepared prepared = upload.prepare(png(icon), "icon.png");

        assertThat(prepared.width()).isEqualTo(300);
        assertThat(prepared.height()).isEqualTo(200);
    }

    @Test
    void png_too_big_as_png_becomes_jpeg_with_transparency_on_white() throws Exception {
        Random random = new Random(7);
        BufferedImage picture = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 1000; y++) {
            for (int x = 500; x < 1000; x++) {
                picture.setRGB(x, y, 0xff000000 | random.nextInt(0x1000000));
            }
        }
        byte[] png = png(picture);
        assertThat(png.length).isGreaterThan((int) LessonMarkdown.MAX_IMAGE_BYTES);

        Prepared prepared = upload.prepare(png, "picture.png");

        assertThat(prepared.extension()).isEqualTo("jpg");
        assertThat(prepared.bytes().length).isLessThanOrEqualTo((int) LessonMarkdown.MAX_IMAGE_BYTES);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
        Color corner = new Color(read.getRGB(10, 10));
        assertThat(List.of(corner.getRed(), corner.getGreen(), corner.getBlue()))
                .allMatch(c -> c > 245);
    }

    @Test
    void pdf_renamed_to_jpg_is_refused_as_not_a_picture() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertRefused(pdf, "scan.jpg", "content.image.not-image");
    }

    @Test
    void damaged_jpeg_is_refused_as_unreadable() {
        byte[] start = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

        assertRefused(start, "photo.jpg", "content.image.unreadable");
    }

    @Test
    void iphone_heic_photo_is_refused_with_the_setting_to_change() {
        ByteBuffer heic = ByteBuffer.allocate(64);
        heic.putInt(24)
                .put(ascii("ftyp"))
                .put(ascii("heic"))
                .putInt(0)
                .put(ascii("mif1"))
                .put(ascii("heic"));
        heic.putInt(40).put(ascii("meta"));

        assertRefused(heic.array(), "IMG_0001.jpg", "content.image.heic");
        assertRefused(new byte[] {1, 2, 3}, "IMG_0002.HEIC", "content.image.heic");
    }

    @Test
    void picture_of_50_megapixels_is_refused_from_its_header_before_decoding() {
        // a 10,000 × 5,000 PNG header with no pixel data after it: decoding would need 200 MB
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(10_000).putInt(5_000).put(new byte[] {8, 6, 0, 0, 0});
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("IHDR", ihdr.array()));
        png.writeBytes(chunk("IEND", new byte[0]));

        assertThatThrownBy(() -> upload.prepare(png.toByteArray(), "bomb.png"))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.key()).isEqualTo("content.image.too-many-pixels");
                    assertThat(refused.args()).containsExactly(40L);
                });
    }

    @Test
    void upload_over_15_mb_is_refused_unread() {
        byte[] big = new byte[16 * 1024 * 1024];

        assertThatThrownBy(() -> upload.prepare(big, "big.jpg")).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.key()).isEqualTo("content.image.too-large");
            assertThat(refused.args()).containsExactly(15);
        });
    }

    @Test
    void svg_upload_is_refused_whatever_its_name() {
        byte[] svg =
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8);

        assertRefused(svg, "drawing.svg", "content.image.svg");
        assertRefused(svg, "drawing.png", "content.image.svg");
    }

    @Test
    void heif_brand_is_recognised_only_in_an_ftyp_box() {
        assertThat(LessonImageUpload.isHeif(ascii("\0\0\0\u0018moovheic\0\0\0\0heicheic")))
                .isFalse();
        assertThat(LessonImageUpload.isHeif(ascii("\0\0\0\u0018ftypmp42\0\0\0\0isommp41")))
                .isFalse();
        assertThat(LessonImageUpload.isHeif(ascii("\0\0\0\u0018ftypmif1\0\0\0\0mif1heic")))
                .isTrue();
    }

    private void assertRefused(byte[] data, String name, String key) {
        assertThatThrownBy(() -> upload.prepare(data, name))
                .isInstanceOfSatisfying(
                        Refused.class, refused -> assertThat(refused.key()).isEqualTo(key));
    }

    @Test
    void every_reason_for_a_refusal_is_translated() throws IOException {
        List<String> reasons = List.of("too-large", "heic", "svg", "not-image", "too-many-pixels", "unreadable");
        for (String bundle : List.of("translations.properties", "translations_en.properties")) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String reason : reasons) {
                assertThat(texts.getProperty("content.image." + reason))
                        .as(bundle + " " + reason)
                        .isNotBlank();
            }
        }
    }

    /** Smooth light and shade with sensor noise: compresses like a photo, not like a drawing. */
    static BufferedImage photoLike(int width, int height) {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(24);
                int r = Math.min(255, 40 + x * 180 / width + noise);
                int gr = Math.min(255, 60 + y * 160 / height + noise);
                int b = Math.min(255, 90 + (x + y) % 97 + noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * The JPEG as a camera writes it: its JFIF block replaced by an EXIF block (APP1) with the
     * orientation and a GPS directory saying "north".
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        // TIFF header (big-endian), IFD0 with Orientation and a pointer to the GPS IFD, then the GPS IFD
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4);
        tiff.put(ascii("MM")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(ascii("N\0\0\0")); // GPSLatitudeRef
        tiff.putInt(0);
        byte[] exif = concat(ascii("Exif\0\0"), tiff.array());

        int afterApp0 = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        assertThat(jpeg[3] & 0xff).isEqualTo(0xE0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.writeBytes(exif);
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    /** The markers of a JPEG's segments before its image data. */
    static List<Integer> segments(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int marker = jpeg[at + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return markers;
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(ascii(type))
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
