package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Receives one uploaded file into memory, but never more than {@code maxBytes} of it, whatever the
 * browser says or sends. Vaadin's own in-memory handler reads the whole request body (a raw
 * upload passes no multipart limit), so a 4 GB body would fill the heap: here a body announced
 * larger is refused unread, and reading stops one byte past the limit, however long the body
 * really is (Tomcat then drains at most {@code server.tomcat.max-swallow-size} of the rest and
 * closes the connection). The file, or the refusal, reaches the view in its UI's lock.
 */
public final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final String refusal;
    private final InMemoryUploadCallback onFile;
    private final SerializableRunnable onTooLarge;

    /**
     * @param refusal the translated reason sent back to the upload component
     * @param onFile called with the file when it is within the limit
     * @param onTooLarge called when it is not (nothing of it is kept)
     */
    public LimitedUpload(
            long maxBytes, String refusal, InMemoryUploadCallback onFile, SerializableRunnable onTooLarge) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.onFile = onFile;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte @Nullable [] data = event.getFileSize() > maxBytes ? null : readAtMostTheLimit(event);
        if (data == null) {
            event.reject(refusal);
            ui.access(onTooLarge::run);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
        ui.access(() -> {
            try {
                onFile.complete(metadata, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The body, or null when it goes past the limit (then only the limit and one byte are read). */
    private byte @Nullable [] readAtMostTheLimit(UploadEvent event) throws IOException {
        try (InputStream body = event.getInputStream()) {
            byte[] data = body.readNBytes((int) maxBytes + 1);
            return data.length > maxBytes ? null : data;
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // a multipart body carries the file and its part headers
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
