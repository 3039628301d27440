package vn.kynangso.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Turns a picture a trainer sends from a phone (camera photo, gallery, screenshot) into one a lesson
 * can show: turned upright as the camera recorded it, at most {@value #MAX_SIDE} px on its long
 * side, at most {@link LessonMarkdown#MAX_IMAGE_BYTES} bytes, and stripped of everything but the
 * pixels (a photo's EXIF block says where and when it was taken). Photos become JPEG; a PNG
 * screenshot stays PNG when it fits, else becomes a JPEG on a white background. Anything else is
 * refused with a reason the trainer can act on ({@link Refused}).
 */
@Component
public class LessonImageUpload {

    /** The largest upload taken at all: a phone's full-size photo is 3–8 MB. */
    public static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

    /** The most pixels decoded (40 MP: more than any phone camera; 160 MB once decoded). */
    public static final long MAX_PIXELS = 40_000_000L;

    /** The long side of a prepared picture: sharp on a phone and on a classroom projector. */
    public static final int MAX_SIDE = 1280;

    private static final List<Float> JPEG_QUALITIES = List.of(0.85f, 0.75f, 0.65f, 0.55f, 0.45f, 0.35f);

    /** Formats read as pictures; anything else ImageIO might read (TIFF, …) is not a phone picture. */
    private static final Set<String> READ_FORMATS = Set.of("jpeg", "png", "webp", "gif", "bmp");

    /** Formats that may carry a screenshot's sharp edges and transparency: kept lossless when they fit. */
    private static final Set<String> LOSSLESS_FORMATS = Set.of("png", "gif", "bmp");

    /** HEIF brands written by iPhones and other phones (ISO/IEC 23008-12). */
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1");

    /** One picture decoded at a time, so memory holds at most one {@link #MAX_PIXELS} image. */
    private static final Semaphore DECODING = new Semaphore(1);

    static {
        // A trainer's photo (and its GPS block) stays in memory: ImageIO would otherwise copy every
        // stream it reads into a temporary file. Pictures are at most 15 MB, read one at a time.
        ImageIO.setUseCache(false);
        // readers in the app's own jars (TwelveMonkeys' JPEG and WebP) also when run from the packaged jar
        ImageIO.scanForPlugins();
    }

    /** A picture ready to store: its bytes, file extension ({@code jpg} or {@code png}) and size. */
    public record Prepared(byte[] bytes, String extension, int width, int height) {}

    /**
     * Why an upload was refused: a translation key {@code content.image.*} and its arguments, for
     * the trainer to read in their language.
     */
    public static final class Refused extends Exception {

        private final String key;
        private final transient Object[] args;

        Refused(String reason, Object... args) {
            super("content.image." + reason + " " + Arrays.toString(args));
            this.key = "content.image." + reason;
            this.args = args.clone();
        }

        /** The translation key, {@code content.image.<reason>}. */
        public String key() {
            return key;
        }

        /** The arguments of the translated text. */
        public Object[] args() {
            return args.clone();
        }
    }

    /**
     * Checks and prepares one uploaded picture.
     *
     * @param upload the file as received (at most {@link #MAX_UPLOAD_BYTES} are looked at)
     * @param fileName the name the phone gave it; only used to recognise SVG and HEIC files
     * @throws Refused when it is too large, not a picture, an HEIC/HEIF or SVG file, or has more
     *     than {@link #MAX_PIXELS} pixels
     */
    public Prepared prepare(byte[] upload, String fileName) throws Refused {
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new Refused("too-large", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isHeif(upload) || name.endsWith(".heic") || name.endsWith(".heif")) {
            throw new Refused("heic");
        }
        if (name.endsWith(".svg") || name.endsWith(".svgz") || looksLikeSvg(upload)) {
            throw new Refused("svg");
        }
        Header header = readHeader(upload);
        if ((long) header.width() * header.height() > MAX_PIXELS) {
            throw new Refused("too-many-pixels", MAX_PIXELS / 1_000_000);
        }
        DECODING.acquireUninterruptibly();
        try {
            return shrink(upload, header);
        } finally {
            DECODING.release();
        }
    }

    /** What a picture's header says, before any pixel is decoded. */
    record Header(String format, int width, int height) {}

    /** Format and size from the file's header alone: nothing is decoded yet. */
    static Header readHeader(byte[] upload) throws Refused {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("not-image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!READ_FORMATS.contains(format)) {
                    throw new Refused("not-image");
                }
                reader.setInput(in, true, true);
                return new Header(format, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("unreadable");
        }
    }

    private static Prepared shrink(byte[] upload, Header header) throws Refused {
        BufferedImage upright;
        try {
            var builder = Thumbnails.of(new ByteArrayInputStream(upload)).useExifOrientation(true);
            // Thumbnailator enlarges to the size asked for; a small picture keeps its own size
            upright = Math.max(header.width(), header.height()) > MAX_SIDE
                    ? builder.size(MAX_SIDE, MAX_SIDE).asBufferedImage()
                    : builder.scale(1.0).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new Refused("unreadable");
        }
        try {
            if (LOSSLESS_FORMATS.contains(header.format())) {
                byte[] png = png(upright);
                if (png.length <= LessonMarkdown.MAX_IMAGE_BYTES) {
                    return new Prepared(png, "png", upright.getWidth(), upright.getHeight());
                }
            }
            return smallEnoughJpeg(onWhite(upright));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Steps the quality down until the JPEG fits; a picture that still does not (fine detail all
     * over) is made smaller and tried again.
     */
    private static Prepared smallEnoughJpeg(BufferedImage image) throws IOException {
        BufferedImage current = image;
        while (true) {
            for (float quality : JPEG_QUALITIES) {
                byte[] jpeg = jpeg(current, quality);
                if (jpeg.length <= LessonMarkdown.MAX_IMAGE_BYTES) {
                    return new Prepared(jpeg, "jpg", current.getWidth(), current.getHeight());
                }
            }
            current = Thumbnails.of(current).scale(0.75).asBufferedImage();
        }
    }

    /** A JPEG has no transparency: what was see-through shows as white, as on a page. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    /** Written without metadata: only the pixels go out. */
    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    /** An ISO base media file ("ftyp" box) of a HEIF brand: what iPhones save by default. */
    static boolean isHeif(byte[] data) {
        if (data.length < 12 || !"ftyp".equals(new String(data, 4, 4, StandardCharsets.US_ASCII))) {
            return false;
        }
        int boxSize = Math.min(data.length, Math.max(16, readInt(data, 0)));
        for (int at = 8; at + 4 <= boxSize; at += 4) {
            if (at == 12) {
                continue; // minor version, not a brand
            }
            if (HEIF_BRANDS.contains(new String(data, at, 4, StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static int readInt(byte[] data, int at) {
        return ((data[at] & 0xff) << 24)
                | ((data[at + 1] & 0xff) << 16)
                | ((data[at + 2] & 0xff) << 8)
                | (data[at + 3] & 0xff);
    }

    /** XML that opens an {@code <svg>} element near its start. */
    private static boolean looksLikeSvg(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return (start.startsWith("<") || start.startsWith("\u00ef\u00bb\u00bf<")) && start.contains("<svg");
    }
}
