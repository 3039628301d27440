package vn.kynangso.base;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.kynangso.base.SpreadsheetException.Reason;

/**
 * Reads the first sheet of an uploaded XLSX as a stream (SAX), never as a whole workbook in
 * memory: the file is opened from memory (nothing is written to disk), every part is unpacked
 * through POI's zip-bomb guard ({@link ZipSecureFile}'s inflate ratio and entry size) and a size
 * limit of its own, and reading stops at the first limit the {@link TableBuilder} reaches. Cells
 * come out as the workbook model gave them before: dates as ISO dates, whole numbers without
 * decimals, other numbers formatted, formulas as their cached result.
 */
final class XlsxReading {

    /**
     * Shared strings and styles are read as a stream, but what they hold is kept while the sheet is
     * read: 20,000 rows of a dozen different texts each take well under 20 MB.
     */
    static final long MAX_TABLE_PART_BYTES = 20L * 1024 * 1024;

    /**
     * The package's own parts (content types, relationships, document properties) are built whole
     * in memory by POI; in a real workbook they are a few kilobytes.
     */
    static final long MAX_PACKAGE_PART_BYTES = 4L * 1024 * 1024;

    /** Excel's own limit on the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private XlsxReading() {}

    static void read(byte[] data, TableBuilder rows) {
        GuardedZip zip = null;
        OPCPackage pkg = null;
        try {
            zip = GuardedZip.of(data);
            pkg = OPCPackage.open(zip);
            XSSFReader reader = new XSSFReader(pkg);
            Styles styles = Styles.of(pkg);
            boolean date1904 = date1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new SpreadsheetException(Reason.EMPTY);
            }
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new SheetHandler(rows, strings, styles, date1904));
            }
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SpreadsheetException reason) {
                    throw reason;
                }
                if (cause instanceof SAXException sax && sax.getException() instanceof SpreadsheetException reason) {
                    throw reason;
                }
            }
            if (zip != null && zip.tooLarge) {
                throw new SpreadsheetException(Reason.TOO_LARGE_UNPACKED);
            }
            throw new SpreadsheetException(Reason.UNREADABLE);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened to read: close without saving
            } else if (zip != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // memory only
                }
            }
        }
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(in));
        } catch (SAXException e) {
            // the sheet handler stops the parse with the reason the user sees
            if (e.getException() instanceof SpreadsheetException reason) {
                throw reason;
            }
            throw e;
        }
    }

    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (name(localName, qName).equals("workbookPr")) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
        }
        return found[0];
    }

    private static String name(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /**
     * The zip, read from memory. Each part is unpacked through POI's guard (it refuses a part that
     * unpacks more than 1/{@link ZipSecureFile#getMinInflateRatio()} times its packed size or beyond
     * {@link ZipSecureFile#getMaxEntrySize()}) and a limit by kind of part; when either trips, the
     * file is marked too large, whatever exception POI then wraps it in.
     */
    private static final class GuardedZip extends ZipFileZipEntrySource {

        private volatile boolean tooLarge;

        private GuardedZip(ZipFile zip) {
            super(zip);
        }

        static GuardedZip of(byte[] data) throws IOException {
            ZipFile zip = ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(data))
                    .get();
            GuardedZip guarded = new GuardedZip(zip);
            Set<String> names = new HashSet<>();
            int count = 0;
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > ZipSecureFile.getMaxFileCount()
                        || !names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    guarded.close();
                    throw new IOException("too many or duplicate zip entries");
                }
            }
            return guarded;
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            InputStream guarded = new ZipArchiveThresholdInputStream(super.getInputStream(entry));
            return new Limited(guarded, limitFor(entry.getName()));
        }

        private static long limitFor(String name) {
            String part = name.toLowerCase(Locale.ROOT);
            if (part.endsWith(".rels") || part.equals("[content_types].xml") || part.startsWith("docprops/")) {
                return MAX_PACKAGE_PART_BYTES;
            }
            if (part.endsWith("sharedstrings.xml") || part.endsWith("styles.xml")) {
                return MAX_TABLE_PART_BYTES;
            }
            return ZipSecureFile.getMaxEntrySize();
        }

        /** Counts what is unpacked and stops at the limit. */
        private final class Limited extends FilterInputStream {
            private final long limit;
            private long count;

            Limited(InputStream in, long limit) {
                super(in);
                this.limit = limit;
            }

            @Override
            public int read() throws IOException {
                int b = guard(() -> super.read());
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = guard(() -> super.read(b, off, len));
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counted(skipped);
                return skipped;
            }

            private void counted(long n) throws IOException {
                count += n;
                if (count > limit) {
                    tooLarge = true;
                    throw new IOException("part unpacks beyond " + limit + " bytes");
                }
            }

            private int guard(Read read) throws IOException {
                try {
                    return read.get();
                } catch (IOException e) {
                    // POI's guard says so in its message only
                    if (String.valueOf(e.getMessage()).startsWith("Zip bomb detected")) {
                        tooLarge = true;
                    }
                    throw e;
                }
            }
        }

        @FunctionalInterface
        private interface Read {
            int get() throws IOException;
        }
    }

    /** The number format of each cell style: enough to tell dates from numbers, read as a stream. */
    private static final class Styles extends DefaultHandler {
        private final Map<Integer, String> customFormats = new HashMap<>();
        private final List<Integer> cellFormats = new ArrayList<>();
        private boolean inCellXfs;

        static Styles of(OPCPackage pkg) throws Exception {
            Styles styles = new Styles();
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
            if (!parts.isEmpty()) {
                try (InputStream in = parts.getFirst().getInputStream()) {
                    parse(in, styles);
                }
            }
            return styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "numFmt" -> {
                    Integer id = number(attributes.getValue("numFmtId"));
                    String code = attributes.getValue("formatCode");
                    if (id != null && code != null) {
                        customFormats.put(id, code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        Integer id = number(attributes.getValue("numFmtId"));
                        cellFormats.add(id == null ? 0 : id);
                    }
                }
                default -> {
                    // other style records do not change how a value reads
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (name(localName, qName).equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        int formatIndex(int style) {
            return style >= 0 && style < cellFormats.size() ? cellFormats.get(style) : 0;
        }

        String formatString(int formatIndex) {
            String custom = customFormats.get(formatIndex);
            if (custom != null) {
                return custom;
            }
            String builtIn = BuiltinFormats.getBuiltinFormat(formatIndex);
            return builtIn != null ? builtIn : "General";
        }

        private static @Nullable Integer number(@Nullable String text) {
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** One pass over the sheet's XML: cells to text, rows to the builder. */
    private static final class SheetHandler extends DefaultHandler {
        private final TableBuilder rows;
        private final ReadOnlySharedStringsTable strings;
        private final Styles styles;
        private final boolean date1904;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final StringBuilder value = new StringBuilder();

        private List<String> cells = new ArrayList<>();
        private int rowNumber;
        private int width;
        private int nextColumn;
        private int column;
        private @Nullable String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean inText;
        private boolean hasValue;

        SheetHandler(TableBuilder rows, ReadOnlySharedStringsTable strings, Styles styles, boolean date1904) {
            this.rows = rows;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : positive(r);
                    cells = new ArrayList<>();
                    width = 0;
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : column(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : positive(s);
                    value.setLength(0);
                    hasValue = false;
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inInline && !inPhonetic;
                default -> {
                    // formulas, formats and the rest: only values and inline text are read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue || inText) {
                if (value.length() + length > MAX_CELL_CHARS
                        || rows.chars() + value.length() + length > Spreadsheets.MAX_TEXT_CHARS) {
                    throw stop(new SpreadsheetException(Reason.TOO_LARGE_UNPACKED));
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v" -> {
                    inValue = false;
                    hasValue = true;
                }
                case "t" -> {
                    if (inText) {
                        hasValue = true;
                    }
                    inText = false;
                }
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    put(column, hasValue ? text() : "");
                    nextColumn = column + 1;
                }
                case "row" -> {
                    while (cells.size() < Math.min(width, Spreadsheets.MAX_COLUMNS)) {
                        cells.add("");
                    }
                    try {
                        rows.add(rowNumber, cells);
                    } catch (SpreadsheetException e) {
                        throw stop(e);
                    }
                }
                default -> {
                    // nothing to close
                }
            }
        }

        /** Keeps a cell; blanks past the column limit are only noted, anything else there stops the file. */
        private void put(int at, String text) throws SAXException {
            width = Math.max(width, at + 1);
            if (at >= Spreadsheets.MAX_COLUMNS) {
                if (!text.isBlank()) {
                    throw stop(new SpreadsheetException(Reason.TOO_MANY_COLUMNS, Spreadsheets.MAX_COLUMNS));
                }
                return;
            }
            while (cells.size() <= at) {
                cells.add("");
            }
            cells.set(at, text);
        }

        private String text() throws SAXException {
            String raw = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> {
                    int index = positive(raw);
                    if (index >= strings.getCount()) {
                        throw stop(new SpreadsheetException(Reason.UNREADABLE));
                    }
                    yield strings.getItemAt(index).getString();
                }
                case "inlineStr" -> raw.contains("_x") ? new XSSFRichTextString(raw).getString() : raw;
                case "b" -> "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                case "n" -> number(raw);
                default -> raw; // str (a formula's text), e (an error such as #N/A)
            };
        }

        private String number(String raw) {
            double number;
            try {
                number = Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                return raw;
            }
            int formatIndex = styles.formatIndex(style);
            String formatString = styles.formatString(formatIndex);
            if (DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(formatIndex, formatString)) {
                return DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
            }
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
            return formatter.formatRawCellContents(number, formatIndex, formatString, date1904);
        }

        /** A column letter reference ("AB12") as a 0-based column number. */
        private static int column(String ref) throws SAXException {
            int col = 0;
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                if (col > 16_384) { // Excel's last column, XFD
                    throw stop(new SpreadsheetException(Reason.UNREADABLE));
                }
                i++;
            }
            if (col == 0) {
                throw stop(new SpreadsheetException(Reason.UNREADABLE));
            }
            return col - 1;
        }

        private static int positive(String text) throws SAXException {
            try {
                int n = Integer.parseInt(text.strip());
                if (n < 0) {
                    throw stop(new SpreadsheetException(Reason.UNREADABLE));
                }
                return n;
            } catch (NumberFormatException e) {
                throw stop(new SpreadsheetException(Reason.UNREADABLE));
            }
        }

        private static SAXException stop(SpreadsheetException reason) {
            return new SAXException(reason);
        }
    }
}
