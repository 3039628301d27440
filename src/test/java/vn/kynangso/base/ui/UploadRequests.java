package vn.kynangso.base.ui;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends an upload the way the browser's upload component does (a raw POST with the file name in
 * {@code X-Filename}), through Vaadin's own request handling, but with any body and any announced
 * length a test wants: what a hostile client could send, where Karibu's {@code _upload} only
 * takes a byte array.
 */
public final class UploadRequests {

    private UploadRequests() {}

    /**
     * Posts {@code body} to the upload, announcing {@code contentLength} bytes (-1: not announced,
     * as in a chunked request), then lets the UI run what the upload queued. Returns the HTTP status.
     */
    public static int post(Upload upload, String fileName, long contentLength, InputStream body) throws IOException {
        HttpServletRequest current =
                (HttpServletRequest) VaadinServletRequest.getCurrent().getRequest();
        HttpServletRequest raw = new HttpServletRequestWrapper(current) {
            @Override
            public String getMethod() {
                return "POST";
            }

            @Override
            public String getContentType() {
                return "application/octet-stream";
            }

            @Override
            public String getHeader(String name) {
                return switch (name.toLowerCase(Locale.ROOT)) {
                    case "x-filename" -> URLEncoder.encode(fileName, StandardCharsets.UTF_8);
                    case "content-type" -> getContentType();
                    default -> super.getHeader(name);
                };
            }

            @Override
            public long getContentLengthLong() {
                return contentLength;
            }

            @Override
            public int getContentLength() {
                return contentLength > Integer.MAX_VALUE ? -1 : (int) contentLength;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return body.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
        };
        VaadinServletService service = (VaadinServletService) VaadinServletService.getCurrent();
        FakeResponse response = new FakeResponse();
        UploadKt.get_handler(upload)
                .handleRequest(
                        new VaadinServletRequest(raw, service),
                        new VaadinServletResponse(response, service),
                        VaadinSession.getCurrent(),
                        upload.getElement());
        MockVaadin.clientRoundtrip(false);
        return response.getStatus();
    }
}
