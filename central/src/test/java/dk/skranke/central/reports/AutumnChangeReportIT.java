package dk.skranke.central.reports;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On 2026-10-25 Copenhagen's clocks go back from 03:00 CEST to 02:00 CET: hour two happens twice. */
class AutumnChangeReportIT {
    private final MutableClock clock = MutableClock.at("2026-10-24T12:00:00+02:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);

    @Test
    void waits_across_the_repeated_hour_are_real_durations_and_the_day_keeps_its_local_tickets() {
        History h = new History(central.http(), clock);
        String d = h.at("2026-10-25T00:30+02:00").issue("pas").path("id").asText();
        h.at("2026-10-25T00:40+02:00").command(d, "cancel");
        String a = h.at("2026-10-25T02:30+02:00").issue("pas").path("id").asText();
        String b = h.at("2026-10-25T02:50+02:00").issue("pas").path("id").asText();
        assertThat(h.at("2026-10-25T02:10+01:00").next("1")).isEqualTo(a);
        h.at("2026-10-25T02:20+01:00").finish(a);
        String c = h.at("2026-10-25T02:30+01:00").issue("pas").path("id").asText();
        assertThat(h.at("2026-10-25T02:40+01:00").next("1")).isEqualTo(b);
        h.at("2026-10-25T02:45+01:00").finish(b);
        assertThat(h.at("2026-10-25T03:00+01:00").next("1")).isEqualTo(c);
        h.at("2026-10-25T03:10+01:00").finish(c);

        JsonNode day = report("2026-10-25").path("total");
        assertThat(day.path("tickets").asLong()).isEqualTo(4);
        assertThat(day.path("cancelled").asLong()).isEqualTo(1);
        assertThat(day.path("waitTime")).isEqualTo(ReportFiguresIT.json("""
                {"count":3,"meanMinutes":40.0,"medianMinutes":40.0,"p90Minutes":50.0,"maxMinutes":50.0}"""));
        assertThat(day.path("serviceTime").path("meanMinutes").asDouble()).isEqualTo(8.33);
        assertThat(day.path("longestQueue").asInt()).isEqualTo(2);
        JsonNode hours = report("2026-10-25").path("byHour");
        assertThat(hours.get(0).path("tickets").asLong()).isEqualTo(1);
        assertThat(hours.get(2).path("tickets").asLong()).isEqualTo(3);
        assertThat(report("2026-10-24").path("total").path("tickets").asLong()).isZero();
    }

    private JsonNode report(String date) {
        var response = central.http().get("/api/v1/branches/test/reports?from=" + date + "&to=" + date, ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
