package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.CentralExtension;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Booking appointments and checking in at the kiosk (window: 30 min early to 10 min late). */
class CheckInIT {
    private static final String START = "2026-11-23T11:00:00+01:00";

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void a_booking_system_books_with_its_own_code_or_gets_a_six_character_code() {
        // when an appointment is booked with a code and another without
        JsonNode withCode = branch.book("pas", START, "ab12cd");
        JsonNode generated = branch.book("koerekort", "2026-11-23T11:30:00+01:00", null);

        // then the given code is kept (normalised) and a readable 6-character code is made for the other
        assertThat(withCode.path("code").asText()).isEqualTo("AB12CD");
        assertThat(withCode.path("service").asText()).isEqualTo("pas");
        assertThat(OffsetDateTime.parse(withCode.path("start").asText()).toInstant()).isEqualTo(instant(START));
        assertThat(withCode.path("durationMinutes").asInt()).isEqualTo(15);
        assertThat(generated.path("code").asText()).hasSize(6).matches("[ACDEFGHJKMNPQRTUVWXY34679]{6}");
        assertThat(generated.path("checkedInAt").isNull()).isTrue();
    }

    @Test
    void the_days_appointments_are_listed_for_staff() {
        // given two appointments today and one tomorrow
        String today1 = branch.book("pas", START, "TODAY1").path("id").asText();
        String today2 = branch.book("koerekort", "2026-11-23T23:30:00+01:00", "TODAY2").path("id").asText();
        branch.book("pas", "2026-11-24T00:30:00+01:00", "TOMORROW");

        // when staff list the day
        Http.Response list = central.http().get("/api/v1/branches/test/appointments?date=2026-11-23", STAFF);

        // then exactly today's (branch-local date) are there
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json()).extracting(a -> a.path("id").asText()).containsExactlyInAnyOrder(today1, today2);
        assertThat(list.json()).extracting(a -> a.path("code").asText())
                .containsExactlyInAnyOrder("TODAY1", "TODAY2");
    }

    @Test
    void only_booking_roles_may_book_and_the_kiosk_cannot_list() {
        Http.Response byKiosk = central.http().post("/api/v1/branches/test/appointments", KIOSK,
                "{\"service\":\"pas\",\"start\":\"" + START + "\",\"durationMinutes\":15}");
        Http.Response list = central.http().get("/api/v1/branches/test/appointments?date=2026-11-23", KIOSK);
        Http.Response noDate = central.http().get("/api/v1/branches/test/appointments", INTEGRATION);

        assertError(byKiosk, 403, "forbidden");
        assertError(list, 403, "forbidden");
        assertError(noDate, 400, "invalid-input");
    }

    @Test
    void check_in_opens_thirty_minutes_before_the_start_and_gives_an_appointment_ticket() {
        branch.book("pas", START, "EARLY1");
        clock.set(instant("2026-11-23T10:30:00+01:00"));

        Http.Response response = branch.checkIn("EARLY1");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode ticket = response.json();
        assertThat(ticket.path("kind").asText()).isEqualTo("appointment");
        assertThat(ticket.path("status").asText()).isEqualTo("waiting");
        assertThat(ticket.path("service").asText()).isEqualTo("pas");
        assertThat(ticket.path("number").asText()).isEqualTo("P001");
        assertThat(ticket.path("statusUrl").asText()).contains("/t/");
        assertThat(OffsetDateTime.parse(ticket.path("appointmentStart").asText()).toInstant())
                .isEqualTo(instant(START));
    }

    @Test
    void check_in_thirty_one_minutes_early_is_too_early_and_tells_the_window() {
        branch.book("pas", START, "EARLY2");
        clock.set(instant("2026-11-23T10:29:00+01:00"));

        Http.Response response = branch.checkIn("EARLY2");

        assertError(response, 409, "too-early");
        assertThat(OffsetDateTime.parse(response.text("opensAt")).toInstant())
                .isEqualTo(instant("2026-11-23T10:30:00+01:00"));
        assertThat(OffsetDateTime.parse(response.text("closesAt")).toInstant())
                .isEqualTo(instant("2026-11-23T11:10:00+01:00"));
    }

    @Test
    void check_in_eleven_minutes_after_the_start_is_too_late() {
        branch.book("pas", START, "LATE01");
        clock.set(instant("2026-11-23T11:11:00+01:00"));

        Http.Response response = branch.checkIn("LATE01");

        assertError(response, 409, "too-late");
        assertThat(OffsetDateTime.parse(response.text("closesAt")).toInstant())
                .isEqualTo(instant("2026-11-23T11:10:00+01:00"));
    }

    @Test
    void check_in_ten_minutes_after_the_start_is_still_accepted() {
        branch.book("pas", START, "LATE02");
        clock.set(instant("2026-11-23T11:10:00+01:00"));

        assertThat(branch.checkIn("LATE02").status()).isEqualTo(201);
    }

    @Test
    void an_unknown_code_is_not_found() {
        branch.book("pas", START, "KNOWN1");

        assertError(branch.checkIn("ZZZZZZ"), 404, "unknown-code");
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_is_recognised() {
        branch.book("pas", START, "AB12CD");
        clock.set(instant("2026-11-23T10:45:00+01:00"));

        Http.Response response = branch.checkIn(" ab 12 cd ");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("kind")).isEqualTo("appointment");
    }

    @Test
    void checking_in_twice_returns_the_same_ticket() {
        String appointment = branch.book("pas", START, "TWICE1").path("id").asText();
        clock.set(instant("2026-11-23T10:45:00+01:00"));
        Http.Response first = branch.checkIn("TWICE1");

        clock.set(instant("2026-11-23T10:47:00+01:00"));
        Http.Response again = branch.checkIn("TWICE1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(again.text("number")).isEqualTo(first.text("number"));
        JsonNode listed = central.http().get("/api/v1/branches/test/appointments?date=2026-11-23", STAFF).json()
                .get(0);
        assertThat(listed.path("id").asText()).isEqualTo(appointment);
        assertThat(listed.path("ticketId").asText()).isEqualTo(first.text("id"));
        assertThat(OffsetDateTime.parse(listed.path("checkedInAt").asText()).toInstant())
                .isEqualTo(instant("2026-11-23T10:45:00+01:00"));
    }

    @Test
    void a_due_appointment_is_called_before_walk_ins_who_waited_longer() {
        // given a walk-in since 10:00 and an appointment at 10:40 checked in at 10:34
        clock.set(instant("2026-11-23T10:00:00+01:00"));
        branch.issue("pas");
        branch.book("pas", "2026-11-23T10:40:00+01:00", "DUE001");
        clock.set(instant("2026-11-23T10:34:00+01:00"));
        String appointmentTicket = branch.checkIn("DUE001").json().path("id").asText();

        // when desk 1 calls at 10:35, when the appointment is due (5 min lead)
        clock.set(instant("2026-11-23T10:35:00+01:00"));
        JsonNode called = branch.next("1");

        // then the appointment goes first
        assertThat(called.path("id").asText()).isEqualTo(appointmentTicket);
        assertThat(called.path("kind").asText()).isEqualTo("appointment");
        assertThat(branch.next("1").path("number").asText()).isEqualTo("P001");
    }

    @Test
    void due_appointments_are_called_in_order_of_their_start_not_of_their_check_in() {
        // given a 10:40 appointment checked in at 10:20 and a 10:38 one checked in at 10:30
        branch.book("pas", "2026-11-23T10:40:00+01:00", "LATER1");
        branch.book("pas", "2026-11-23T10:38:00+01:00", "SOONER");
        clock.set(instant("2026-11-23T10:20:00+01:00"));
        String later = branch.checkIn("LATER1").json().path("id").asText();
        clock.set(instant("2026-11-23T10:30:00+01:00"));
        String sooner = branch.checkIn("SOONER").json().path("id").asText();

        // when desk 1 calls twice at 10:36, when both are due
        clock.set(instant("2026-11-23T10:36:00+01:00"));

        // then the earlier start goes first
        assertThat(branch.next("1").path("id").asText()).isEqualTo(sooner);
        assertThat(branch.next("1").path("id").asText()).isEqualTo(later);
    }

    @Test
    void an_appointment_not_yet_due_does_not_pass_the_walk_ins() {
        // given a walk-in since 10:20 and an 11:00 appointment checked in at 10:31
        clock.set(instant("2026-11-23T10:20:00+01:00"));
        branch.issue("pas");
        branch.book("pas", START, "NOTDUE");
        clock.set(instant("2026-11-23T10:31:00+01:00"));
        String appointmentTicket = branch.checkIn("NOTDUE").json().path("id").asText();

        // when desk 1 calls at 10:32
        clock.set(instant("2026-11-23T10:32:00+01:00"));
        JsonNode called = branch.next("1");

        // then the walk-in goes first; the appointment is called once due
        assertThat(called.path("kind").asText()).isEqualTo("walk-in");
        clock.set(instant("2026-11-23T10:55:00+01:00"));
        assertThat(branch.next("1").path("id").asText()).isEqualTo(appointmentTicket);
    }

    @Test
    void a_booking_code_already_in_use_is_refused() {
        branch.book("pas", START, "TAKEN1");

        Http.Response second = central.http().post("/api/v1/branches/test/appointments", INTEGRATION,
                "{\"service\":\"koerekort\",\"start\":\"2026-11-23T12:00:00+01:00\",\"durationMinutes\":10,"
                        + "\"code\":\"taken1\"}");

        assertError(second, 409, "code-taken");
    }

    private static Instant instant(String isoOffsetDateTime) {
        return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
    }
}
