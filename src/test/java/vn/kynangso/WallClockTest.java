package vn.kynangso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing reads the wall clock but the app's one {@code Clock} bean: dates come from the injected
 * clock, so tests run on a day they name (the {@link TestClock}) and pass on any day of the year.
 */
class WallClockTest {

    /** {@code LocalDate.now()}, {@code Instant.now()}, … without a clock; {@code Clock.system*()}; {@code System.currentTimeMillis()}. */
    static final DescribedPredicate<JavaMethodCall> WALL_CLOCK_READ =
            DescribedPredicate.describe("read the wall clock", WallClockTest::readsWallClock);

    static final DescribedPredicate<JavaConstructorCall> NEW_DATE = DescribedPredicate.describe(
            "create a java.util.Date of now",
            call -> call.getTargetOwner().getFullName().equals("java.util.Date")
                    && call.getTarget().getRawParameterTypes().isEmpty());

    private static boolean readsWallClock(JavaCall<?> call) {
        String owner = call.getTargetOwner().getFullName();
        String name = call.getName();
        boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
        return (owner.startsWith("java.time.") && name.equals("now") && noArguments)
                || (owner.equals("java.time.Clock") && name.startsWith("system"))
                || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"));
    }

    @Test
    void the_app_reads_time_only_from_its_injected_clock() {
        JavaClasses main = MainClasses.get();
        noClasses()
                .that()
                // the one place: the Clock bean every other class is given
                .doNotHaveFullyQualifiedName(Application.class.getName())
                .should()
                .callMethodWhere(WALL_CLOCK_READ)
                .orShould()
                .callConstructorWhere(NEW_DATE)
                .because("time comes from the injected Clock, so tests can fix the day")
                .check(main);
    }

    @Test
    void tests_run_on_the_test_clock() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("vn.kynangso");
        noClasses()
                .that()
                // benchmarks time the real world and say when they ran
                .resideOutsideOfPackage("vn.kynangso.bench..")
                .should()
                .callMethodWhere(WALL_CLOCK_READ)
                .orShould()
                .callConstructorWhere(NEW_DATE)
                .because("a test names the day it runs on (TestClock, -Dkns.test.today=…)")
                .check(tests);
    }

    /** The database's clock is not the app's (nor the test's): SQL never asks it for the time. */
    @Test
    void sql_never_reads_the_database_clock() throws IOException {
        Pattern dbClock = Pattern.compile(
                "(?<![.\\w])(NOW|CURDATE|CURTIME|SYSDATE|UTC_TIMESTAMP|UTC_DATE|UNIX_TIMESTAMP)\\s*\\(\\s*\\d*\\s*\\)"
                        + "|\\bCURRENT_(TIMESTAMP|DATE|TIME)\\b",
                Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        // SQL in Java lives in string literals; migrations are SQL (comments aside)
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file))) {
                    if (dbClock.matcher(literal.text()).find()) {
                        found.add(file + ":" + literal.lineNumber() + ": "
                                + literal.text().strip());
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("--.*$", "");
                    if (dbClock.matcher(code).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("SQL that reads the database's clock").isEmpty();
    }

    @Test
    void the_sql_check_finds_the_database_clock_and_not_java_or_prose() {
        String source = """
                class X {
                    // a comment that says now() is fine
                    String a = "UPDATE t SET seen_at = NOW() WHERE id = ?";
                    LocalDate b = LocalDate.now(clock);
                    String c = "right now (a helper)";
                }
                """;
        Pattern dbClock = Pattern.compile("(?<![.\\w])(NOW)\\s*\\(\\s*\\d*\\s*\\)", Pattern.CASE_INSENSITIVE);
        assertThat(JavaLiterals.of(source).stream()
                        .filter(l -> dbClock.matcher(l.text()).find())
                        .map(JavaLiterals.Literal::text))
                .containsExactly("UPDATE t SET seen_at = NOW() WHERE id = ?");
    }
}
