package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.CentralExtension;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A new branch-local day starts clean: yesterday's open tickets are cancelled and numbering restarts. */
class DayRolloverIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T16:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void tickets_left_at_the_end_of_the_day_are_cancelled_with_reason_day_closed_at_the_first_command_next_day() {
        // given on Monday P001 called at desk 1 and P002, K001 left waiting
        String p1 = branch.issue("pas").path("id").asText();
        String p2 = branch.issue("pas").path("id").asText();
        String k1 = branch.issue("koerekort").path("id").asText();
        branch.next("1");

        // when the clock passes midnight and a kiosk issues the first ticket on Tuesday
        clock.set(OffsetDateTime.parse("2026-11-24T08:00:00+01:00").toInstant());
        JsonNode first = branch.issue("pas");

        // then numbering starts again and yesterday's tickets were cancelled before it
        assertThat(first.path("number").asText()).isEqualTo("P001");
        assertThat(first.path("id").asText()).isNotIn(p1, p2, k1);
        assertThat(first.path("waitingAhead").asInt()).isZero();
        for (String id : List.of(p1, p2, k1)) {
            assertThat(branch.ticket(id).path("status").asText()).as(id).isEqualTo("cancelled");
        }
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.issued", first.path("id").asText()));
        List<SseClient.Event> cancelled = events.stream().filter(e -> e.name().equals("ticket.cancelled")).toList();
        assertThat(cancelled).hasSize(3).allSatisfy(e -> assertThat(e.data()).contains("\"reason\":\"day-closed\""));
        assertThat(cancelled).extracting(SseClient.Event::data)
                .anySatisfy(d -> assertThat(d).contains(p1))
                .anySatisfy(d -> assertThat(d).contains(p2))
                .anySatisfy(d -> assertThat(d).contains(k1));
        assertThat(branch.queue().path("services")).extracting(s -> s.path("waiting").asInt())
                .containsExactly(1, 0, 0);
        assertThat(branch.deskInQueue("1").path("current").isNull()).isTrue();
    }

    @Test
    void a_ticket_left_being_served_overnight_does_not_block_the_next_day() {
        // given P001 being served at desk 1 when the day ends (the desk never pressed finish)
        String serving = branch.issue("pas").path("id").asText();
        branch.next("1");
        assertThat(branch.act(serving, "start", DESK_1, null).status()).isEqualTo(200);

        // when the first kiosk request arrives the next morning
        clock.set(OffsetDateTime.parse("2026-11-24T08:00:00+01:00").toInstant());
        Http.Response first = branch.tryIssue("{\"service\":\"pas\"}");

        // then the new day starts normally and yesterday's ticket is closed
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.text("number")).isEqualTo("P001");
        assertThat(branch.ticket(serving).path("status").asText()).isIn("cancelled", "done");
        assertThat(branch.deskInQueue("1").path("current").isNull()).isTrue();
    }

    @Test
    void a_restart_on_the_next_day_with_a_ticket_left_being_served_starts_normally() {
        // given P001 left being served at desk 1 overnight
        String serving = branch.issue("pas").path("id").asText();
        branch.next("1");
        branch.act(serving, "start", DESK_1, null);

        // when central restarts the next morning
        clock.set(OffsetDateTime.parse("2026-11-24T08:00:00+01:00").toInstant());
        central.restart();

        // then it serves the new day
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P001");
    }

    @Test
    void a_desk_pressing_next_first_thing_in_the_morning_finds_nobody_from_yesterday() {
        branch.issue("pas");

        clock.set(OffsetDateTime.parse("2026-11-24T08:00:00+01:00").toInstant());

        assertThat(branch.tryNext("1", DESK_1, null).status()).isEqualTo(204);
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P001");
    }

    @Test
    void a_restart_on_the_next_day_also_closes_yesterdays_tickets() {
        String p1 = branch.issue("pas").path("id").asText();

        clock.set(OffsetDateTime.parse("2026-11-24T08:00:00+01:00").toInstant());
        central.restart();

        assertThat(branch.ticket(p1).path("status").asText()).isEqualTo("cancelled");
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P001");
    }
}
