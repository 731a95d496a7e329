package dk.skranke.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that every time of day and every date central decides on or prints is taken in the
 * branch's zone ({@code branch.hours().zone()}), never in the zone of the host it happens to run on:
 * a server set to UTC would otherwise open, roll over and count days an hour or two off.
 */
class MainCodeNeverUsesTheHostTimeZoneTest {
    /** Surefire runs with the module directory as working directory. */
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    /** The host's zone, and the no-argument {@code now()} of the types that read it. */
    private static final Pattern HOST_ZONE = Pattern.compile("\\bClock\\.systemDefaultZone\\s*\\("
            + "|\\bZoneId\\.systemDefault\\s*\\(|\\bTimeZone\\.getDefault\\s*\\("
            + "|\\b(?:LocalDate|LocalTime|LocalDateTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth"
            + "|MonthDay)\\.now\\s*\\(\\s*\\)"
            + "|\\bnew\\s+(?:java\\.text\\.)?SimpleDateFormat\\b|\\bCalendar\\.getInstance\\s*\\(");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void central_main_code_takes_no_time_zone_from_the_host() throws IOException {
        // given every source file of central's main code
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }

        // when
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            Matcher hostZone = HOST_ZONE.matcher(COMMENT.matcher(Files.readString(source)).replaceAll(" "));
            while (hostZone.find()) {
                violations.add(MAIN_SOURCES.relativize(source) + " uses " + hostZone.group());
            }
        }

        // then
        assertThat(sources).as("central main sources found under %s", MAIN_SOURCES.toAbsolutePath())
                .hasSizeGreaterThan(100);
        assertThat(violations).as("take dates and times in the branch's zone (branch.hours().zone())"
                + " and give central a UTC clock").isEmpty();
    }

    @Test
    void the_guard_finds_the_host_zone_in_each_of_its_forms() {
        // given code that reads the host's zone in every way the guard knows, and code that does not
        String host = "Clock c = Clock.systemDefaultZone(); ZoneId z = ZoneId.systemDefault();"
                + " var d = LocalDate.now(); var t = LocalDateTime.now( ); var y = YearMonth.now();"
                + " TimeZone.getDefault(); new SimpleDateFormat(\"HH:mm\"); Calendar.getInstance();";
        String branch = "Clock c = Clock.systemUTC(); var d = LocalDate.now(clock.withZone(zone));"
                + " var i = Instant.now(); var z = now.atZone(branch.hours().zone());";

        // when / then
        assertThat(HOST_ZONE.matcher(host).results().count()).isEqualTo(8);
        assertThat(HOST_ZONE.matcher(branch).find()).isFalse();
    }
}
