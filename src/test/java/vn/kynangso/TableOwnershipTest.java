package vn.kynangso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning module; only that module's code names it in SQL or maps it as an
 * entity. Other modules call the owner's API. A new table must be given an owner here.
 */
class TableOwnershipTest {

    /** Module (the package under vn.kynangso) → the tables it owns. */
    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry(
                    "security",
                    Set.of(
                            "account",
                            "account_area",
                            "account_role",
                            "assist_session",
                            "login_link",
                            "password_reset",
                            "throttle_bucket")),
            Map.entry("base", Set.of("app_node")),
            Map.entry("places", Set.of("place")),
            Map.entry(
                    "people",
                    Set.of(
                            "household",
                            "person",
                            "household_consent",
                            "household_import",
                            "household_skill",
                            "sensitive_change",
                            "sensitive_read")),
            Map.entry("catalog", Set.of("course_version", "course_image", "catalog_publishing")),
            Map.entry(
                    "learning",
                    Set.of(
                            "enrolment",
                            "lesson_progress",
                            "quiz_attempt",
                            "attempt_answer",
                            "proficiency",
                            "learner_activity",
                            "enrolment_move")),
            Map.entry("certificates", Set.of("certificate", "print_job")),
            Map.entry(
                    "officials",
                    Set.of(
                            "official_unit",
                            "official_membership",
                            "course_assignment",
                            "required_year",
                            "evaluation_closing",
                            "closed_official",
                            "closed_requirement")),
            Map.entry(
                    "reports",
                    Set.of(
                            "hamlet_coverage",
                            "coverage_week",
                            "coverage_week_closed",
                            "coverage_month",
                            "coverage_month_closed",
                            "coverage_rebuilding")),
            Map.entry("visits", Set.of("visit", "campaign", "campaign_hamlet")),
            Map.entry("privacy", Set.of("data_request")),
            Map.entry(
                    "classes",
                    Set.of(
                            "school_class",
                            "class_student",
                            "class_assignment",
                            "class_group",
                            "class_assignment_student",
                            "class_device",
                            "class_seat",
                            "class_mode_setting",
                            "class_session",
                            "class_attendance",
                            "class_enrolment")),
            Map.entry("authoring", Set.of("course_draft", "draft_event", "draft_presence")),
            // Spring Modulith's event publication registry: written by the framework, named by nobody.
            Map.entry("(framework)", Set.of("event_publication", "event_publication_archive")));

    /**
     * Read models a module publishes for the others to read (views over its own tables): anyone may
     * read them, only the owner may change what lies behind them.
     */
    static final Map<String, Set<String>> PUBLISHED = Map.of("learning", Set.of("learner_skill"));

    private static final Pattern CREATED =
            Pattern.compile("CREATE (?:TABLE|VIEW) (?:IF NOT EXISTS )?`?([a-z_]+)`?", Pattern.CASE_INSENSITIVE);

    /** A table named by SQL (upper-case keywords, as all SQL here is written) or by JPQL (an entity name). */
    private static final Pattern NAMED = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+`?([A-Za-z_]+)");

    private static final Path MAIN = Path.of("src/main/java/vn/kynangso");

    static String ownerOf(String table) {
        return Stream.concat(OWNERS.entrySet().stream(), PUBLISHED.entrySet().stream())
                .filter(e -> e.getValue().contains(table))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** JPQL names entities (CourseVersion); SQL names tables (course_version). */
    static String tableName(String named) {
        return named.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @Test
    void every_table_the_migrations_create_has_exactly_one_owner() throws IOException {
        Set<String> created = new TreeSet<>();
        for (Path dir : List.of(Path.of("src/main/resources/db/migration"), Path.of("src/main/java/db/migration"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = CREATED.matcher(Files.readString(file));
                    while (m.find()) {
                        created.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(created)
                .allSatisfy(t -> assertThat(ownerOf(t))
                        .as("owner of table %s (add it to TableOwnershipTest.OWNERS)", t)
                        .isNotNull());
        List<String> owned = Stream.concat(OWNERS.values().stream(), PUBLISHED.values().stream())
                .flatMap(Set::stream)
                .toList();
        assertThat(owned).doesNotHaveDuplicates();
        assertThat(owned.stream().filter(t -> !t.startsWith("event_publication")))
                .as("tables given an owner that no migration creates")
                .allMatch(created::contains);
    }

    @Test
    void only_the_owning_module_names_a_table_in_its_queries() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class and the root package-info
                }
                String module = relative.getName(0).toString();
                for (JavaLiterals.Literal literal : JavaLiterals.of(readString(file))) {
                    Matcher m = NAMED.matcher(literal.text());
                    while (m.find()) {
                        String table = tableName(m.group(1));
                        String owner = ownerOf(table);
                        boolean published = PUBLISHED.values().stream().anyMatch(v -> v.contains(table));
                        if (owner != null && !owner.equals(module) && !published) {
                            foreign.add(
                                    relative + ":" + literal.lineNumber() + " names " + table + ", owned by " + owner);
                        }
                    }
                }
            }
        }
        assertThat(foreign).as("queries on another module's tables").isEmpty();
    }

    @Test
    void entities_live_in_the_module_that_owns_their_table() {
        JavaClasses main = MainClasses.get();
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should(new ArchCondition<>("live in the module that owns their table") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        String table = entity.tryGetAnnotationOfType(Table.class)
                                .map(Table::name)
                                .filter(n -> !n.isBlank())
                                .orElseGet(() -> tableName(entity.getSimpleName()));
                        String module = entity.getPackageName()
                                .replaceFirst("^vn\\.kynangso\\.", "")
                                .split("\\.")[0];
                        String owner = ownerOf(table);
                        boolean ok = module.equals(owner);
                        events.add(new SimpleConditionEvent(
                                entity,
                                ok,
                                entity.getName() + " maps " + table + ", owned by " + owner + ", from " + module));
                    }
                })
                .check(main);
    }

    @Test
    void the_owner_map_names_existing_modules() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> modules = dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .collect(Collectors.toSet());
            assertThat(Stream.concat(OWNERS.keySet().stream(), PUBLISHED.keySet().stream())
                            .filter(m -> !m.startsWith("(")))
                    .allMatch(modules::contains);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
