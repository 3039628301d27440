package vn.kynangso.base;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Files an attacker (or an unlucky user) might upload, made in the test and never held whole in
 * memory where they are large: a picture renamed as a list, workbooks that unpack far beyond their
 * size, and a request body that never ends.
 */
public final class HostileFiles {

    private HostileFiles() {}

    /** A real PNG picture (a small blue square), as a phone's gallery would give. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                image.setRGB(x, y, 0x0b5cad);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A body that never ends; {@code counter} says how much of it was read. As a safety net for
     * code that would read it all, it ends after {@code giveUpAfter} bytes.
     */
    public static InputStream endless(AtomicLong counter, long giveUpAfter) {
        return new InputStream() {
            @Override
            public int read() {
                if (counter.get() >= giveUpAfter) {
                    return -1;
                }
                counter.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long left = giveUpAfter - counter.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                counter.addAndGet(n);
                return n;
            }
        };
    }

    /** The parts of a minimal workbook; the sheet and any extra part are written by the caller. */
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>";

    private static final String ROOT_RELS =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>";

    private static final String WORKBOOK =
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private static final String WORKBOOK_RELS =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\""
                    + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
                    + " Target=\"styles.xml\"/></Relationships>";

    private static final String SHEET_START =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã hộ</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>Địa chỉ</t></is></c>"
                    + "<c r=\"C1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>";

    private static final String SHEET_END = "</sheetData></worksheet>";

    private static final String STYLES =
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>";

    /** What a workbook's sheet holds after its header row: written as it is compressed, a chunk at a time. */
    @FunctionalInterface
    public interface Body {
        /** Appends the next chunk of XML; returns false when the part is complete. */
        boolean next(ByteArrayOutputStream chunk);
    }

    /** The result: the file and how many bytes its sheet unpacks to. */
    public record Workbook(byte[] bytes, long sheetBytes) {}

    /**
     * A workbook whose sheet is the header row then {@code body}, compressed at {@code level}
     * (0–9) as it is made; {@code stylesPadding} is added to its styles part inside a comment.
     */
    public static Workbook workbook(Body body, int level, Body stylesPadding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long sheetBytes = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELS);
            part(zip, "xl/workbook.xml", WORKBOOK);
            part(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            zip.putNextEntry(new ZipEntry("xl/styles.xml"));
            zip.write(STYLES.replace("</styleSheet>", "<!--").getBytes(StandardCharsets.UTF_8));
            write(zip, stylesPadding);
            zip.write("--></styleSheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] start = SHEET_START.getBytes(StandardCharsets.UTF_8);
            byte[] end = SHEET_END.getBytes(StandardCharsets.UTF_8);
            zip.write(start);
            sheetBytes = start.length + write(zip, body) + end.length;
            zip.write(end);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Workbook(out.toByteArray(), sheetBytes);
    }

    private static long write(ZipOutputStream zip, Body body) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        long written = 0;
        boolean more = true;
        while (more) {
            chunk.reset();
            more = body.next(chunk);
            chunk.writeTo(zip);
            written += chunk.size();
        }
        return written;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A workbook with this sheet body and a plain styles part. */
    public static Workbook workbook(Body body, int level) {
        return workbook(body, level, chunk -> false);
    }

    /**
     * About {@code totalBytes} of the same text, as rows of eight cells of 2,000 letters with one
     * letter in {@code randomEvery} drawn at random (so that it compresses as much as the caller
     * wants: the fewer random letters, the more), in {@code row} elements or, with {@code inComment},
     * as plain letters for an XML comment.
     */
    public static Body letters(long totalBytes, int randomEvery, long seed, boolean inComment) {
        Random random = new Random(seed);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        byte[] text = "x".repeat(2000).getBytes(StandardCharsets.US_ASCII);
        template.writeBytes(inComment ? new byte[0] : "<row>".getBytes(StandardCharsets.US_ASCII));
        List<Integer> letters = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            template.writeBytes(
                    inComment ? new byte[0] : "<c t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < text.length; i += randomEvery) {
                letters.add(template.size() + i);
            }
            template.writeBytes(text);
            template.writeBytes(inComment ? new byte[0] : "</t></is></c>".getBytes(StandardCharsets.US_ASCII));
        }
        template.writeBytes(inComment ? new byte[0] : "</row>".getBytes(StandardCharsets.US_ASCII));
        byte[] row = template.toByteArray();
        AtomicLong written = new AtomicLong();
        return chunk -> {
            for (int r = 0; r < 64; r++) {
                for (int at : letters) {
                    row[at] = (byte) ('a' + random.nextInt(26));
                }
                chunk.writeBytes(row);
            }
            return written.addAndGet(chunk.size()) < totalBytes;
        };
    }
}
