package vn.kynangso.certificates;

import java.io.IOException;
import java.io.OutputStream;
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

    /** How a file in the folder is opened for writing; a test may put a full disk in its place. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    private final Path dir;
    private final Opener opener;

    private PrintFolder(Path dir, Opener opener) {
        this.dir = dir;
        this.opener = opener;
    }

    /** A new private folder under {@code parent}. */
    static PrintFolder create(Path parent) {
        return create(parent, Files::newOutputStream);
    }

    /** A new private folder under {@code parent}, whose files are written through {@code opener}. */
    static PrintFolder create(Path parent, Opener opener) {
        try {
            Path dir = POSIX
                    ? Files.createTempDirectory(parent, "kns-print-", ownerOnly("rwx------"))
                    : Files.createTempDirectory(parent, "kns-print-");
            return new PrintFolder(dir, opener);
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

    /** Opens a file of the folder's for writing. */
    OutputStream write(Path file) throws IOException {
        return opener.open(file);
    }

    /**
     * Whether writing failed because the disk (or the app's quota on it) is full: the operating
     * system's ENOSPC or EDQUOT, which Java reports only in the message.
     */
    static boolean diskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof IOException
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
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
