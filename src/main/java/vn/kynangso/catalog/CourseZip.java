package vn.kynangso.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A course folder as a zip: {@code <id>/course.yaml, <id>/lessons/…, <id>/questions.yaml,
 * <id>/SOURCES.md, <id>/images/…}, the layout of {@code content/courses/}, so a trainer can unpack
 * it into a checkout and the file loader reads it back as the same course. Reading a zip trusts
 * nothing in it: names are checked, never used as paths, and sizes are held to limits.
 */
public final class CourseZip {

    static final int MAX_ENTRIES = 500;
    static final long MAX_UNPACKED_BYTES = 30L * 1024 * 1024;
    private static final Pattern ENTRY =
            Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*/)?(course\\.yaml|questions\\.yaml|SOURCES\\.md"
                    + "|lessons/[0-9]{2}-[a-z0-9-]+\\.(?:vi|en)\\.md|images/[A-Za-z0-9._-]+\\.(?:png|jpe?g|svg|webp))");

    private CourseZip() {}

    /** Thrown when an upload is not a course folder zip; the key is {@code authoring.zip.<key>}. */
    public static final class NotACourse extends RuntimeException {
        private final String key;
        private final List<Object> args;

        NotACourse(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return "authoring.zip." + key;
        }

        public List<Object> args() {
            return args;
        }
    }

    /** The course's folder zipped under its id. */
    public static byte[] write(CourseSource course, Map<String, byte[]> images) {
        Path root = null;
        try {
            root = Files.createTempDirectory("kns-zip-");
            Path folder = root.resolve(course.id());
            new CourseFolderWriter().write(course, images, folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(Path::toString))
                        .toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            CourseSources.deleteQuietly(root);
        }
    }

    /**
     * Unpacks an uploaded zip into {@code <target>/courses/<folder>/} and returns that folder. A
     * single top folder is optional (a zip of the folder's contents works too); the folder is then
     * named {@code fallbackId}.
     */
    public static Path unpack(byte[] zipBytes, Path target, String fallbackId) {
        String top = null;
        long total = 0;
        int entries = 0;
        Path courses = target.resolve("courses");
        Path folder = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()
                        || entry.getName().startsWith("__MACOSX/")
                        || entry.getName().endsWith(".DS_Store")) {
                    continue;
                }
                if (++entries > MAX_ENTRIES) {
                    throw new NotACourse("too-many", MAX_ENTRIES);
                }
                var match = ENTRY.matcher(entry.getName());
                if (!match.matches()) {
                    throw new NotACourse("unknown-file", entry.getName());
                }
                String entryTop = match.group(1) == null ? "" : match.group(1);
                if (top == null) {
                    top = entryTop;
                    String name = top.isEmpty() ? fallbackId : top.substring(0, top.length() - 1);
                    folder = courses.resolve(name);
                    Files.createDirectories(folder.resolve("lessons"));
                } else if (!top.equals(entryTop)) {
                    throw new NotACourse("several-courses");
                }
                Path file = folder.resolve(match.group(2));
                Files.createDirectories(file.getParent());
                total += copyLimited(zip, file, MAX_UNPACKED_BYTES - total);
            }
        } catch (ZipException e) {
            throw new NotACourse("not-a-zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folder == null) {
            throw new NotACourse("empty");
        }
        return folder;
    }

    private static long copyLimited(InputStream in, Path file, long room) throws IOException {
        byte[] buffer = new byte[8192];
        long written = 0;
        try (var out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                if (written > room) {
                    throw new NotACourse("too-big", MAX_UNPACKED_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }
}
