package vn.kynangso.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where print ZIPs wait to be downloaded: a folder of its own in the system's temporary folder,
 * that only the app's system user may open (rwx------, each file rw-------), and that is deleted
 * with everything in it when the app stops.
 */
final class PrintFolder {

    private static final Logger log = LoggerFactory.getLogger(PrintFolder.class);

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path dir;

    private PrintFolder(Path dir) {
        this.dir = dir;
    }

    /** A new private folder under {@code parent}. */
    static PrintFolder create(Path parent) {
        try {
            Path dir = POSIX
                    ? Files.createTempDirectory(parent, "kns-print-", ownerOnly("rwx------"))
                    : Files.createTempDirectory(parent, "kns-print-");
            return new PrintFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** A new empty file only the app's user may read and write. */
    Path newFile() throws IOException {
        return POSIX
                ? Files.createTempFile(dir, "giay-chung-nhan-", ".zip", ownerOnly("rw-------"))
                : Files.createTempFile(dir, "giay-chung-nhan-", ".zip");
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
    }

    /** Deletes every file in the folder but these. */
    void deleteAllBut(Collection<Path> keep) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(file -> !keep.contains(file)).forEach(this::delete);
        } catch (IOException e) {
            log.warn("could not list {}", dir, e);
        }
    }

    /** Deletes the folder and everything in it. */
    void deleteFolder() {
        if (Files.isDirectory(dir)) {
            deleteAllBut(List.of());
            delete(dir);
        }
    }

    private static FileAttribute<?> ownerOnly(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
