package dk.skranke.central.whatif;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.reports.ReportTestAccess;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A what-if run is a job: 202 with its id at once, then progress, then the two proposals side by side. */
class WhatIfIT {
    static final String ALWAYS_OPEN = "{\"name\":\"as today\",\"hours\":{\"weekly\":{\"monday\":[\"00:00-23:59\"],"
            + "\"sunday\":[\"00:00-23:59\"]},\"closedOnPublicHolidays\":false},\"desks\":3}";
    static final String MORNINGS = "{\"name\":\"mornings\",\"hours\":{\"weekly\":{\"monday\":[\"09:00-12:00\"],"
            + "\"sunday\":[\"09:00-12:00\"]}},\"desks\":{\"default\":0,\"hours\":[{\"days\":[\"monday\",\"sunday\"],"
            + "\"from\":9,\"to\":12,\"desks\":2}]},\"appointmentShare\":0.5}";
    private final MutableClock clock = MutableClock.at("2026-03-29T00:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);

    @Test
    void the_real_arrivals_of_a_period_are_replayed_against_both_proposals() {
        ReportTestAccess.playSpringHistory(central.http(), clock);

        JsonNode job = run("{\"from\":\"2026-03-29\",\"to\":\"2026-03-30\",\"seed\":7,\"proposalA\":" + ALWAYS_OPEN
                + ",\"proposalB\":" + MORNINGS + "}");

        JsonNode result = job.path("result");
        assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(result.path("first").path("arrivals").asLong()).isEqualTo(7);
        assertThat(result.path("second").path("arrivals").asLong()).isEqualTo(7);
        assertThat(result.path("first").path("closed").path("total").asLong()).isZero();
        assertThat(result.path("second").path("closed").path("total").asLong()).isEqualTo(3);
        assertThat(result.path("rows").findValuesAsText("measure")).contains("walkInWait.p90Minutes",
                "desks.utilisation");
    }

    @Test
    void a_synthetic_demand_is_drawn_instead_of_the_real_arrivals_when_given() {
        JsonNode job = run("{\"from\":\"2026-03-30\",\"to\":\"2026-04-05\",\"proposalA\":" + ALWAYS_OPEN
                + ",\"proposalB\":" + MORNINGS + ",\"closedPolicy\":\"lose\",\"demand\":{\"rates\":[{\"service\":"
                + "\"pas\",\"days\":[\"monday\",\"sunday\"],\"from\":8,\"to\":16,\"perHour\":6}]}}");

        JsonNode result = job.path("result");
        assertThat(result.path("first").path("arrivals").asLong()).isPositive();
        assertThat(result.path("second").path("closed").path("lost").asLong()).isPositive();
    }

    @Test
    void a_run_without_any_tickets_in_its_period_ends_as_failed_with_a_clear_message() {
        Http.Response started = central.http().post("/api/v1/branches/test/what-if", ADMIN,
                "{\"from\":\"2026-01-05\",\"to\":\"2026-01-06\",\"proposalA\":" + ALWAYS_OPEN + ",\"proposalB\":"
                        + MORNINGS + "}");
        assertThat(started.status()).isEqualTo(202);

        JsonNode job = awaitEnd(started.json().path("id").asText());

        assertThat(job.path("state").asText()).isEqualTo("failed");
        assertThat(job.path("error").path("message").asText()).contains("no tickets were issued");
    }

    private JsonNode run(String body) {
        Http.Response started = central.http().post("/api/v1/branches/test/what-if", ADMIN, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode job = awaitEnd(started.json().path("id").asText());
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
        return job;
    }

    private JsonNode awaitEnd(String id) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = central.http().get("/api/v1/what-if/" + id, ADMIN).json();
            return !last[0].path("state").asText().matches("queued|running");
        });
        return last[0];
    }
}
