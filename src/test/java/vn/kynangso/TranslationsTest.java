package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.Skill;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.security.AccountException;
import vn.kynangso.security.Roles;

/** Vietnamese first, English second: both complete, and no user-visible text hard-coded in UI code. */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TRANSLATION_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnamese_and_english_have_the_same_keys_and_no_empty_texts() throws IOException {
        Properties vi = load("translations.properties");
        Properties en = load("translations_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames()))
                .as("keys missing in English or only in English")
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (Properties bundle : List.of(vi, en)) {
            bundle.forEach((key, value) ->
                    assertThat(value.toString().strip()).as("text of %s", key).isNotEmpty());
        }
    }

    @Test
    void every_text_is_a_valid_message_format_with_apostrophes_doubled() throws IOException {
        for (Properties bundle : List.of(load("translations.properties"), load("translations_en.properties"))) {
            bundle.forEach((key, value) -> {
                String text = value.toString();
                assertThat(text.replace("''", ""))
                        .as("single apostrophe in %s; write ''", key)
                        .doesNotContain("'");
                assertThatCode(() -> new MessageFormat(text)).as(key.toString()).doesNotThrowAnyException();
            });
        }
    }

    @Test
    void vietnamese_texts_are_written_with_their_diacritics() throws IOException {
        Properties vi = load("translations.properties");
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
        long withDiacritics = vi.stringPropertyNames().stream()
                .map(vi::getProperty)
                .filter(text -> text.chars().anyMatch(c -> c > 127))
                .count();
        assertThat(withDiacritics).isGreaterThan(vi.size() * 3L / 4);
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        List<String> used = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = Files.readString(file);
            for (Pattern pattern : List.of(TRANSLATION_CALL, MENU_TITLE)) {
                Matcher m = pattern.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Arrays.stream(Skill.values()).forEach(s -> used.addAll(List.of(s.nameKey(), s.aboutKey())));
        Roles.ASSIGNABLE.forEach(role -> used.add("role." + role));
        Arrays.stream(PlaceKind.values()).forEach(kind -> used.add(kind.translationKey()));
        Arrays.stream(AccountException.Reason.values()).forEach(r -> used.add(r.translationKey()));
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(key -> !keys.contains(key)).distinct())
                .as("translation keys used in code but missing")
                .isEmpty();
    }

    @Test
    void ui_code_holds_no_user_visible_text() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file))) {
                if (literal.looksLikeProse() && !literal.line().contains("executeJs(")) {
                    offenders.add(file + ":" + literal.lineNumber() + " " + literal.text());
                }
            }
        }
        assertThat(offenders)
                .as("user-visible literals in ui packages; use getTranslation")
                .isEmpty();
    }

    @Test
    void the_literal_check_catches_prose_and_ignores_comments_and_keys() {
        String source = """
                // a comment with words
                /* a block comment */
                class X { void f() { add(new Span("Xin chào")); setId("menu-home"); getTranslation("a.b");
                  add(new Button("Save changes")); String url = "http://example.org/a"; } }
                """;
        assertThat(JavaLiterals.of(source).stream()
                        .filter(JavaLiterals.Literal::looksLikeProse)
                        .map(JavaLiterals.Literal::text))
                .containsExactly("Xin chào", "Save changes");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
