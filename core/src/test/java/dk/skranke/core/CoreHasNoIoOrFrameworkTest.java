package dk.skranke.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the rule that core is pure domain: no I/O, no database, no network, no framework. Checks
 * imports and fully qualified names in the code (comments and string literals are ignored).
 */
class CoreHasNoIoOrFrameworkTest {

    /** Surefire runs with the module directory as working directory. */
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /** Packages core may use; everything else (java.io, java.nio, java.net, java.sql, javax, org, com, ...) is not. */
    private static final Set<String> ALLOWED_PACKAGES = Set.of(
            "java.lang", "java.time", "java.util", "java.util.function", "java.util.random", "java.util.regex",
            "java.util.stream");
    private static final String OWN_PACKAGE = "dk.skranke.core";

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;",
            Pattern.MULTILINE);
    /** A qualified name written inline, e.g. {@code java.util.Locale.ROOT} or {@code java.io.File}. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:java|javax|jdk|sun|com|org|io|net|dk)"
            + "(?:\\.[a-z_][\\w]*)+\\.[A-Z]\\w*)");
    /** The system clock, the host's time zone, environment, console, sleeps and unseeded randomness. */
    private static final Pattern AMBIENT = Pattern.compile("\\b(?:\\w+\\.now\\s*\\(|Clock\\.system\\w*"
            + "|System\\.(?:currentTimeMillis|nanoTime|getenv|getProperty|getProperties|out|err|in|exit|console)\\b"
            + "|Thread\\.sleep|Math\\.random|new\\s+(?:java\\.util\\.)?Random\\s*\\("
            + "|ZoneId\\.systemDefault|TimeZone\\.getDefault)");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])+'",
            Pattern.DOTALL);

    @Test
    void core_main_code_uses_only_the_jdk_basics_and_its_own_packages() throws IOException {
        // given every source file of core's main code
        List<Path> sources = javaFilesUnder(MAIN_SOURCES);

        // when
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            String code = withoutCommentsAndStrings(Files.readString(source));
            for (String name : referencedNames(code)) {
                if (!isAllowed(name)) {
                    violations.add(MAIN_SOURCES.relativize(source) + " uses " + name);
                }
            }
        }

        // then
        assertThat(sources).as("core main sources found under %s", MAIN_SOURCES.toAbsolutePath())
                .hasSizeGreaterThan(30);
        assertThat(violations).as("core must stay free of I/O and frameworks; allowed: %s and %s.*",
                ALLOWED_PACKAGES, OWN_PACKAGE).isEmpty();
    }

    @Test
    void core_main_code_reads_no_system_clock_environment_or_console() throws IOException {
        // given every source file of core's main code
        List<Path> sources = javaFilesUnder(MAIN_SOURCES);

        // when
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            Matcher ambient = AMBIENT.matcher(withoutCommentsAndStrings(Files.readString(source)));
            while (ambient.find()) {
                violations.add(MAIN_SOURCES.relativize(source) + " uses " + ambient.group());
            }
        }

        // then time comes in as an Instant (or a Clock passed in), randomness as a RandomGenerator
        assertThat(violations).as("core must not read ambient state").isEmpty();
    }

    @Test
    void the_ambient_state_rule_catches_the_usual_suspects() {
        // given
        String code = "Instant a = Instant.now(); var b = LocalDate.now(zone); Clock c = Clock.systemUTC();"
                + " long d = System.currentTimeMillis(); String e = System.getenv(\"X\"); Thread.sleep(5);"
                + " double f = Math.random(); var g = new Random(); Instant ok = clock.instant();";

        // when
        List<String> found = AMBIENT.matcher(withoutCommentsAndStrings(code)).results().map(r -> r.group()).toList();

        // then
        assertThat(found).hasSize(8).noneMatch(f -> f.contains("clock.instant"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.io.File", "java.nio.file.Path", "java.net.URI", "java.sql.Connection",
        "javax.sql.DataSource", "io.javalin.Javalin", "org.slf4j.Logger", "com.fasterxml.jackson.Json",
        "java.util.logging.Logger", "java.util.concurrent.Executors", "java.lang.reflect.Method", "java.io.*",
        "dk.skranke.central.api.CentralApp", "dk.skranke.corex.Foo"})
    void the_rule_refuses_io_framework_and_other_modules(String name) {
        // when / then
        assertThat(isAllowed(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.util.List", "java.util.*", "java.util.Locale.ROOT", "java.time.Instant",
        "java.util.regex.Pattern", "java.util.function.Supplier", "java.util.random.RandomGenerator",
        "java.util.stream.Collectors", "java.lang.Math", "dk.skranke.core.ticket.Ticket",
        "dk.skranke.core.error.ConflictException"})
    void the_rule_allows_the_jdk_basics_and_core_itself(String name) {
        // when / then
        assertThat(isAllowed(name)).isTrue();
    }

    @Test
    void inline_qualified_names_are_found_and_comments_and_strings_are_ignored() {
        // given
        String code = """
                import java.util.List;
                import static java.util.Objects.requireNonNull;
                /** Reads a java.io.File? No. */
                class X {
                    String url = "https://example.org.dk/java.net.URI";
                    Object in = java.nio.file.Files.newInputStream(null); // java.sql.Connection
                    Object locale = java.util.Locale.ROOT;
                }
                """;

        // when
        List<String> names = referencedNames(withoutCommentsAndStrings(code));

        // then
        assertThat(names).contains("java.util.List", "java.util.Objects.requireNonNull",
                "java.nio.file.Files", "java.util.Locale").noneMatch(n -> n.contains("java.io")
                        || n.contains("java.net") || n.contains("java.sql") || n.contains("org."));
    }

    // ---- the rule ----

    static boolean isAllowed(String name) {
        if (name.equals(OWN_PACKAGE) || name.startsWith(OWN_PACKAGE + ".")) {
            return true;
        }
        return ALLOWED_PACKAGES.contains(packageOf(name));
    }

    /** The package part of a name: the segments before the first capitalised one (or before ".*"). */
    private static String packageOf(String name) {
        String[] parts = name.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (part.equals("*") || Character.isUpperCase(part.charAt(0))) {
                break;
            }
            if (pkg.length() > 0) {
                pkg.append('.');
            }
            pkg.append(part);
        }
        return pkg.toString();
    }

    private static List<String> referencedNames(String code) {
        List<String> names = new ArrayList<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            names.add(imports.group(1));
        }
        String body = IMPORT.matcher(code).replaceAll("");
        Matcher qualified = QUALIFIED.matcher(body);
        while (qualified.find()) {
            names.add(qualified.group(1));
        }
        return names;
    }

    private static String withoutCommentsAndStrings(String code) {
        return COMMENT_OR_STRING.matcher(code).replaceAll(" ");
    }

    private static List<Path> javaFilesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
