package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle has a chunk for every screen that needs one. In production mode
 * Vaadin loads a screen's components from a chunk keyed by the screen's class name; a screen added
 * after the bundle was built has none, and Vaadin's own check ("a production mode bundle build is
 * not needed") still passes as long as each component is somewhere in the bundle. The screen then
 * shows nothing of those components (the year-end evaluation's table, once). This test compares the
 * screens the current code gives a chunk ({@code vaadin:build-frontend} writes them in the build)
 * with the bundle's. It cannot see a screen that starts using one more component: after such a
 * change, rebuild the bundle and run {@code bench/components-check.mjs} (docs/measurements.md).
 */
class ProductionBundleTest {

    static final Path IMPORTS = Path.of("frontend/generated/flow/generated-flow-imports.js");
    static final Path BUNDLE = Path.of("src/main/bundles/prod.bundle");
    /** A screen's chunk key: the SHA-256 of its class name. */
    static final Pattern KEY = Pattern.compile("key === '([0-9a-f]{64})'");

    static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Test
    void every_screens_chunk_is_in_the_committed_bundle() throws IOException {
        assumeTrue(Files.exists(IMPORTS), "run through Maven: build-frontend writes " + IMPORTS);
        Set<String> wanted = matches(KEY, Files.readString(IMPORTS));
        assumeTrue(!wanted.isEmpty(), "a development-mode build (-Pdev) loads no chunks");
        Set<String> bundled = new TreeSet<>();
        try (ZipFile bundle = new ZipFile(BUNDLE.toFile())) {
            for (ZipEntry entry : bundle.stream().toList()) {
                if (entry.getName().endsWith(".js")) {
                    try (InputStream in = bundle.getInputStream(entry)) {
                        bundled.addAll(matches(HASH, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        wanted.removeAll(bundled);
        Map<String, String> screens = new HashMap<>();
        for (Class<?> view : RouteAccessTest.classesAnnotatedWith(Route.class)) {
            screens.put(sha256(view.getName()), view.getSimpleName());
        }
        assertThat(wanted.stream().map(k -> screens.getOrDefault(k, k)).toList())
                .as("""
                        screens with no chunk in %s: rebuild it with Node 24 \
                        (PATH=/opt/node24/bin:$PATH ./mvnw clean process-classes -Dvaadin.force.production.build=true, \
                        see docs/measurements.md) and commit it""", BUNDLE)
                .isEmpty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }
}
