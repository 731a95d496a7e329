package dk.skranke.central.engine;

import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.CentralExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Everything a service restart must keep: tickets, desk states, appointments and the number sequence. */
class RestartIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void tickets_desk_states_appointments_and_numbering_survive_a_restart() {
        // given P001 called at desk 1, P002 and P003 waiting, desk 2 paused and an appointment booked
        JsonNode p1 = branch.issue("pas");
        JsonNode p2 = branch.issue("pas");
        JsonNode p3 = branch.issue("pas");
        branch.next("1");
        branch.desk("2", "pause", STAFF);
        String appointment = branch.book("koerekort", "2026-11-23T11:00:00+01:00", "RESTRT").path("id").asText();
        JsonNode p3Before = branch.ticket(p3.path("id").asText());

        // when central restarts on the same database
        clock.advance(Duration.ofMinutes(1));
        central.restart();

        // then every ticket is there as it was
        JsonNode called = branch.ticket(p1.path("id").asText());
        assertThat(called.path("status").asText()).isEqualTo("called");
        assertThat(called.path("desk").asText()).isEqualTo("1");
        assertThat(called.path("issuedAt").asText()).isEqualTo(p1.path("issuedAt").asText());
        assertThat(branch.ticket(p2.path("id").asText()).path("status").asText()).isEqualTo("waiting");
        JsonNode p3After = branch.ticket(p3.path("id").asText());
        assertThat(p3After.path("waitingAhead").asInt()).isEqualTo(p3Before.path("waitingAhead").asInt());
        assertThat(p3After.path("statusUrl").asText()).isEqualTo(p3.path("statusUrl").asText());
        // and the desks are as they were
        assertThat(branch.deskInQueue("2").path("open").asBoolean()).isFalse();
        assertThat(branch.deskInQueue("1").path("current").path("number").asText()).isEqualTo("P001");
        // and the appointment is still booked
        Http.Response appointments = central.http().get("/api/v1/branches/test/appointments?date=2026-11-23",
                STAFF);
        assertThat(appointments.json()).extracting(a -> a.path("id").asText()).containsExactly(appointment);
        // and numbering continues
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P004");
        assertThat(branch.issue("koerekort").path("number").asText()).isEqualTo("K001");
    }

    @Test
    void after_a_restart_the_desk_finishes_its_ticket_and_calls_the_next_waiting_one() {
        // given P001 called at desk 1 and P002 waiting
        String p1 = branch.issue("pas").path("id").asText();
        branch.issue("pas");
        branch.next("1");

        // when central restarts and desk 1 presses next
        central.restart();
        JsonNode called = branch.next("1");

        // then P001 is done and P002 is called
        assertThat(called.path("number").asText()).isEqualTo("P002");
        assertThat(branch.ticket(p1).path("status").asText()).isEqualTo("done");
    }

    @Test
    void a_clientRequestId_is_still_recognised_after_a_restart() {
        String body = "{\"service\":\"pas\",\"clientRequestId\":\"kiosk-1:before-restart\"}";
        String id = BranchClient.created(branch.tryIssue(body)).path("id").asText();

        central.restart();
        Http.Response retry = branch.tryIssue(body);

        assertThat(retry.text("id")).isEqualTo(id);
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P002");
    }

    @Test
    void a_checked_in_appointment_is_still_checked_in_after_a_restart() {
        branch.book("pas", "2026-11-23T10:05:00+01:00", "KEEPME");
        String ticket = branch.checkIn("KEEPME").json().path("id").asText();

        central.restart();
        Http.Response again = branch.checkIn("KEEPME");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(ticket);
        assertThat(branch.tryNext("1", DESK_1, null).json().path("id").asText()).isEqualTo(ticket);
    }
}
