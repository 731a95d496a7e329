package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.TestCentral;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Walk-in tickets follow the branch's opening hours (config/opening-hours.yaml): weekdays 10-14,
 * Thursday also 15-17.30, Wednesday appointments only, public holidays closed, last walk-in 15 min
 * (plus the estimated wait) before closing.
 */
class OpeningHoursApiIT {
    private MutableClock clock;
    private TestCentral central;
    private BranchClient branch;

    @AfterEach
    void stop() {
        if (central != null) {
            central.close();
        }
    }

    @Test
    void between_the_two_thursday_intervals_the_kiosk_learns_it_opens_at_15() {
        // given Thursday 26 November 2026 at 14:30
        at("2026-11-26T14:30:00+01:00");

        // when a kiosk asks for a ticket
        Http.Response response = branch.tryIssue("{\"service\":\"pas\"}");

        // then the branch is closed until 15:00 the same day
        assertError(response, 409, "closed");
        assertThat(response.text("reason")).isEqualTo("closed");
        assertThat(response.text("message")).isNotBlank();
        assertSameInstant(response.text("opensAt"), "2026-11-26T15:00:00+01:00");
    }

    @Test
    void on_an_appointment_only_day_walk_ins_are_refused_with_that_reason() {
        // given Wednesday 25 November 2026 at 11:00, inside the appointment-only interval
        at("2026-11-25T11:00:00+01:00");

        Http.Response response = branch.tryIssue("{\"service\":\"pas\"}");

        // then the refusal says why, and points to the next walk-in opening (Thursday 10:00)
        assertError(response, 409, "closed");
        assertThat(response.text("reason")).isEqualTo("appointment-only");
        assertSameInstant(response.text("opensAt"), "2026-11-26T10:00:00+01:00");
    }

    @Test
    void on_an_appointment_only_day_a_booked_citizen_can_still_check_in() {
        at("2026-11-25T10:50:00+01:00");
        branch.book("pas", "2026-11-25T11:00:00+01:00", "WEDNES");

        Http.Response response = branch.checkIn("WEDNES");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("kind")).isEqualTo("appointment");
    }

    @Test
    void on_easter_monday_the_branch_is_closed_until_the_next_working_day() {
        // given Easter Monday (2. påskedag) 6 April 2026 at 11:00, summer time
        at("2026-04-06T11:00:00+02:00");

        Http.Response response = branch.tryIssue("{\"service\":\"pas\"}");

        // then the kiosk learns it opens Tuesday at 10:00
        assertError(response, 409, "closed");
        assertThat(response.text("reason")).isEqualTo("closed");
        assertSameInstant(response.text("opensAt"), "2026-04-07T10:00:00+02:00");
        JsonNode today = today();
        assertThat(today.path("intervals")).isEmpty();
        assertThat(today.path("closedFor").isNull()).as(today.toString()).isFalse();
    }

    @Test
    void on_the_former_store_bededag_1_may_2026_the_branch_is_open() {
        // given Friday 1 May 2026 at 11:00: Store Bededag would have fallen here, but it is no holiday since 2024
        at("2026-05-01T11:00:00+02:00");

        Http.Response response = branch.tryIssue("{\"service\":\"pas\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("number")).isEqualTo("P001");
    }

    @Test
    void at_the_weekend_the_kiosk_learns_it_opens_on_monday() {
        at("2026-11-28T12:00:00+01:00");

        Http.Response response = branch.tryIssue("{\"service\":\"pas\"}");

        assertError(response, 409, "closed");
        assertSameInstant(response.text("opensAt"), "2026-11-30T10:00:00+01:00");
    }

    @Test
    void a_ticket_is_issued_until_fifteen_minutes_before_closing_and_refused_after() {
        // given Tuesday 24 November 2026, closing at 14:00, nobody waiting
        at("2026-11-24T13:44:00+01:00");

        // when a ticket is asked for at 13:44, then it is issued
        assertThat(branch.tryIssue("{\"service\":\"pas\"}").status()).isEqualTo(201);

        // when one is asked for at 13:50 for a service nobody waits for, then the last ticket time has passed
        clock.set(OffsetDateTime.parse("2026-11-24T13:50:00+01:00").toInstant());
        Http.Response late = branch.tryIssue("{\"service\":\"koerekort\"}");
        assertError(late, 409, "closed");
        assertThat(late.text("reason")).isEqualTo("last-ticket-passed");
        assertSameInstant(late.text("opensAt"), "2026-11-26T10:00:00+01:00");
    }

    @Test
    void the_last_walk_in_time_moves_earlier_by_the_estimated_wait() {
        // given three passport tickets waiting on Tuesday at 13:30 (about 10 minutes' wait for the next)
        at("2026-11-24T13:30:00+01:00");
        branch.issue("pas");
        branch.issue("pas");
        branch.issue("pas");

        // when at 13:40 a fourth passport and a first driving-licence ticket are asked for
        clock.set(OffsetDateTime.parse("2026-11-24T13:40:00+01:00").toInstant());
        Http.Response pas = branch.tryIssue("{\"service\":\"pas\"}");
        Http.Response koerekort = branch.tryIssue("{\"service\":\"koerekort\"}");

        // then the passport citizen would not be served before closing, the driving-licence one would
        assertError(pas, 409, "closed");
        assertThat(pas.text("reason")).isEqualTo("last-ticket-passed");
        assertThat(koerekort.status()).as(koerekort.body()).isEqualTo(201);
    }

    @Test
    void the_branch_shows_todays_intervals_and_the_next_opening() {
        // given Thursday at 14:30, between the intervals
        at("2026-11-26T14:30:00+01:00");

        JsonNode today = today();

        assertThat(today.path("date").asText()).isEqualTo("2026-11-26");
        assertThat(today.path("intervals")).extracting(JsonNode::asText)
                .containsExactly("10:00-14:00", "15:00-17:30");
        assertThat(today.path("appointmentOnly").asBoolean()).isFalse();
        assertThat(today.path("openNow").asBoolean()).isFalse();
        assertSameInstant(today.path("nextOpening").asText(), "2026-11-26T15:00:00+01:00");
    }

    @Test
    void on_an_appointment_only_day_the_branch_view_says_so_and_when_walk_ins_resume() {
        at("2026-11-25T09:00:00+01:00");

        JsonNode today = today();

        assertThat(today.path("appointmentOnly").asBoolean()).isTrue();
        assertSameInstant(today.path("nextOpening").asText(), "2026-11-25T10:00:00+01:00");
        assertSameInstant(today.path("nextWalkInOpening").asText(), "2026-11-26T10:00:00+01:00");
    }

    private void at(String isoOffsetDateTime) {
        clock = MutableClock.at(isoOffsetDateTime);
        central = TestCentral.start(TestCentral.resource("config/opening-hours.yaml"), clock);
        branch = new BranchClient(() -> central);
    }

    private JsonNode today() {
        Http.Response response = central.http().get("/api/v1/branches/test", KIOSK);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("today");
    }

    private static void assertSameInstant(String actual, String expected) {
        assertThat(actual).as("a time with offset").isNotBlank().isNotEqualTo("null");
        assertThat(OffsetDateTime.parse(actual).toInstant()).as(actual)
                .isEqualTo(OffsetDateTime.parse(expected).toInstant());
    }
}
