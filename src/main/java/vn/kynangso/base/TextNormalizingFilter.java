package vn.kynangso.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one boundary where typed text enters: every form parameter (the sign-in form) and every
 * Vaadin request body (what a person types in a screen travels as JSON) is put in composed form
 * ({@link Texts#nfc}) before anything reads it. File uploads are left as they are: the spreadsheet
 * reader normalizes what it reads.
 */
public final class TextNormalizingFilter extends OncePerRequestFilter {

    /** Vaadin's request bodies are small JSON messages; larger ones are not Vaadin's and pass as they are. */
    static final int MAX_JSON_BODY = 1 << 20;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Normalized(request), response);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/json")
                && request.getContentLengthLong() <= MAX_JSON_BODY;
    }

    /** The request with its parameters, and a JSON body, in composed form. */
    static final class Normalized extends HttpServletRequestWrapper {

        private byte[] body;

        Normalized(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return Texts.nfc(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(Texts::nfc).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> normalized = new LinkedHashMap<>();
            super.getParameterMap()
                    .forEach((key, values) -> normalized.put(
                            key, Arrays.stream(values).map(Texts::nfc).toArray(String[]::new)));
            return Collections.unmodifiableMap(normalized);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (!isJson((HttpServletRequest) getRequest())) {
                return super.getInputStream();
            }
            ByteArrayInputStream bytes = new ByteArrayInputStream(body());
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (!isJson((HttpServletRequest) getRequest())) {
                return super.getReader();
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            try {
                return isJson((HttpServletRequest) getRequest()) ? body().length : super.getContentLength();
            } catch (IOException e) {
                return super.getContentLength();
            }
        }

        @Override
        public long getContentLengthLong() {
            return getContentLength();
        }

        private byte[] body() throws IOException {
            if (body == null) {
                String text = new String(super.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                body = Texts.nfc(text).getBytes(StandardCharsets.UTF_8);
            }
            return body;
        }
    }
}
