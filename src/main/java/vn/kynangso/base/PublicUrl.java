package vn.kynangso.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach the app at ({@code KNS_PUBLIC_URL}): every link the app prints or
 * encodes in a QR code (certificates, login cards) is built from it, never from the Host header a
 * request happens to carry.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${kns.public-url:http://localhost:8080}") String base) {
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The full address of a path of the app, e.g. {@code of("/verify/ABC")}. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
