package dk.skranke.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.view.PageTexts;
import dk.skranke.core.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the report and what-if pages ask for exists in both languages; the pages hold none. */
class ReportTextsTest {
    private static final List<String> MEASURES = List.of("arrivals", "closed.total", "closed.shifted", "closed.lost",
            "served", "walkInWait.meanMinutes", "walkInWait.medianMinutes", "walkInWait.p90Minutes",
            "appointmentWait.p90Minutes", "desks.staffedHours", "desks.utilisation", "desks.overtimeMinutes");
    private final PageTexts texts = PageTexts.staff();

    @Test
    void the_danish_and_english_report_bundles_have_the_same_keys_and_no_empty_text() {
        Properties da = bundle("i18n/reports_da.properties");
        Properties en = bundle("i18n/reports_en.properties");

        assertThat(da.stringPropertyNames()).isEqualTo(en.stringPropertyNames()).hasSizeGreaterThan(100);
        for (Language language : Language.values()) {
            assertThat(texts.in(language).values()).allMatch(text -> !text.isBlank());
        }
    }

    @Test
    void the_report_texts_are_served_with_the_staff_texts_without_replacing_any() {
        Properties staff = bundle("i18n/staff_da.properties");
        Properties reports = bundle("i18n/reports_da.properties");

        assertThat(staff.stringPropertyNames()).doesNotContainAnyElementsOf(reports.stringPropertyNames());
        assertThat(texts.in(Language.DA)).hasSize(staff.size() + reports.size());
        assertThat(texts.get(Language.DA, "reports.heading")).isEqualTo("Rapporter og nøgletal");
        assertThat(texts.get(Language.EN, "whatIf.heading")).isEqualTo("What if: compare two opening-hour proposals");
    }

    @Test
    void every_key_the_pages_and_their_scripts_use_exists() {
        List<String> used = new ArrayList<>();
        for (String page : List.of("reports.html", "what-if.html", "devices.html")) {
            used.addAll(matches(resource("web/admin/" + page), "data-(?:text|label)=\"([^\"]+)\""));
        }
        used.addAll(matches(resource("web/staff/console.html"), "data-(?:text|label)=\"([^\"]+)\""));
        for (String script : List.of("reports.js", "report-view.js", "format.js", "what-if.js", "proposal-form.js")) {
            used.addAll(matches(resource("web/admin/" + script), "\\bt\\('([A-Za-z.-]+)'"));
            used.addAll(matches(resource("web/admin/" + script), "'(whatIf\\.[A-Za-z.-]+)'"));
        }
        // composed in the scripts: a figure label per figure, a weekday per row, a measure per comparison row,
        // and the end states of a run
        used.addAll(matches(resource("web/admin/report-view.js"), "\\['([A-Za-z.]+)', (?:number|percent|minutes)]")
                .stream().map(path -> "figure." + path).toList());
        Stream.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                .forEach(day -> used.add("weekday." + day));
        MEASURES.forEach(measure -> used.add("measure." + measure));
        Stream.of("figures", "arrivals", "channel-cost", "wait-estimates").forEach(part -> used.add("csv." + part));
        used.addAll(List.of("whatIf.failed", "whatIf.cancelled", "whatIf.proposal.a", "whatIf.proposal.b",
                "whatIf.col.open", "whatIf.col.from", "whatIf.col.to", "whatIf.col.desks"));

        assertThat(used).hasSizeGreaterThan(150);
        assertThat(texts.in(Language.DA).keySet()).containsAll(used);
        assertThat(texts.in(Language.EN).keySet()).containsAll(used);
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) {
        try (InputStream in = ReportTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReportTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
