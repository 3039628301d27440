package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle holds every screen's components. Vaadin loads a screen's
 * components from a chunk named after them; when a screen starts using another component its
 * chunk changes, and Vaadin's own check ("a production mode bundle build is not needed") still
 * passes as long as the component is somewhere in the bundle. The screen then shows nothing of
 * that component in production mode. This test compares the chunks the current code asks for
 * (written by {@code vaadin:build-frontend} in the build) with the ones in the bundle.
 */
class ProductionBundleTest {

    static final Path IMPORTS = Path.of("frontend/generated/flow/generated-flow-imports.js");
    static final Path BUNDLE = Path.of("src/main/bundles/prod.bundle");
    static final Pattern CHUNK = Pattern.compile("chunk-([0-9a-f]{64})");

    @Test
    void every_screens_chunk_is_in_the_committed_bundle() throws IOException {
        assumeTrue(Files.exists(IMPORTS), "run through Maven: build-frontend writes " + IMPORTS);
        Set<String> wanted = chunks(Files.readString(IMPORTS));
        assumeTrue(!wanted.isEmpty(), "a development-mode build (-Pdev) loads no chunks");
        Set<String> bundled;
        try (ZipFile bundle = new ZipFile(BUNDLE.toFile())) {
            bundled = chunks(
                    String.join("\n", bundle.stream().map(e -> e.getName()).toList()));
        }
        wanted.removeAll(bundled);
        assertThat(wanted).as("""
                        screens whose components are missing from %s: rebuild it with Node 24 \
                        (PATH=/opt/node24/bin:$PATH ./mvnw clean process-classes -Dvaadin.force.production.build=true, \
                        see docs/measurements.md) and commit it""", BUNDLE).isEmpty();
    }

    private static Set<String> chunks(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = CHUNK.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
