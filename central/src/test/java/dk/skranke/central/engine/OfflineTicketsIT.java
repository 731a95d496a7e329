package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.engine.BranchClient.names;
import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DESK_1;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tickets a kiosk printed from its number block while central was down, replayed when it is back. */
class OfflineTicketsIT {
    static final String UPLOAD = "/api/v1/branches/" + BRANCH + "/offline-tickets";
    static final String BLOCKS = "/api/v1/branches/" + BRANCH + "/number-blocks";

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void an_offline_ticket_takes_its_place_by_the_time_it_was_printed_not_by_when_it_was_replayed() {
        // given the kiosk holds P501-P510 and prints P501 offline at 10:00
        reserve("pas", 10);
        // and an online ticket is issued at 10:10 while the kiosk is still cut off
        clock.advance(Duration.ofMinutes(10));
        String online = branch.issue("pas").path("number").asText();
        assertThat(online).isEqualTo("P001"); // online numbering does not wait behind the kiosk's block

        // when the kiosk replays P501 at 10:20
        clock.advance(Duration.ofMinutes(10));
        Http.Response uploaded = upload("kiosk-1:off-1", "pas", "P501", "2026-11-23T10:00:00+01:00", token('a'));

        // then it is stored as issued offline at 10:00, and the desk calls it before P001
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.text("issuedAt")).isEqualTo("2026-11-23T10:00:00+01:00");
        assertThat(uploaded.json().path("issuedOffline").asBoolean()).isTrue();
        assertThat(uploaded.text("status")).isEqualTo("waiting");
        assertThat(uploaded.json().path("waitingAhead").asInt()).isZero();
        assertThat(branch.next("1").path("number").asText()).isEqualTo("P501");
        assertThat(branch.next("1").path("number").asText()).isEqualTo("P001");
    }

    @Test
    void the_upload_is_announced_as_an_offline_ticket_issued_and_links_to_the_kiosks_token() {
        // given a block
        reserve("pas", 5);

        // when the kiosk replays P502 printed with its own status token
        String token = token('b');
        JsonNode ticket = BranchClient.created(upload("kiosk-1:off-2", "pas", "P502", "2026-11-23T09:58:12.5+01:00",
                token));

        // then the status link carries that token and the public status shows the ticket
        assertThat(ticket.path("statusUrl").asText()).isEqualTo("http://localhost:8080/t/" + token);
        Http.Response status = central.http().get("/api/v1/public/tickets/" + token, null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text("number")).isEqualTo("P502");
        // and the stream announces it as ticket.issued with "offline": true, without the token
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.issued", "P502"));
        SseClient.Event issued = events.get(events.size() - 1);
        assertThat(issued.data()).contains("\"offline\":true").doesNotContain(token);
    }

    @Test
    void a_replay_with_the_same_client_request_id_returns_the_same_ticket_in_its_current_state() {
        // given P501 was uploaded and has been called since
        reserve("pas", 5);
        String body = body("kiosk-1:off-3", "pas", "P501", "2026-11-23T09:55:00+01:00", token('c'));
        JsonNode first = BranchClient.created(central.http().post(UPLOAD, KIOSK, body));
        branch.next("1");

        // when the kiosk, which never saw the answer, replays it
        Http.Response again = central.http().post(UPLOAD, KIOSK, body);

        // then it gets 200 with the same ticket as it is now, and nothing was stored twice
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(first.path("id").asText());
        assertThat(again.text("status")).isEqualTo("called");
        branch.issue("koerekort");
        assertThat(names(branch.eventsUntil(named("ticket.issued", "K001"))))
                .containsExactly("numbers.reserved", "ticket.issued", "ticket.called", "ticket.issued");
    }

    @Test
    void a_client_request_id_reused_for_another_number_is_a_conflict() {
        reserve("pas", 5);
        BranchClient.created(upload("kiosk-1:off-4", "pas", "P501", "2026-11-23T09:55:00+01:00", token('d')));

        Http.Response other = upload("kiosk-1:off-4", "pas", "P502", "2026-11-23T09:56:00+01:00", token('e'));

        assertError(other, 409, "client-request-id-reused");
    }

    @Test
    void a_number_outside_the_kiosks_blocks_is_not_reserved() {
        // given the kiosk holds P501-P505 and central issued P001 online
        reserve("pas", 5);
        branch.issue("pas");

        // when it uploads numbers it never held
        Http.Response beyond = upload("r-1", "pas", "P506", "2026-11-23T09:55:00+01:00", token('f'));
        Http.Response online = upload("r-2", "pas", "P001", "2026-11-23T09:55:00+01:00", token('g'));
        Http.Response otherService = upload("r-3", "koerekort", "K001", "2026-11-23T09:55:00+01:00", token('h'));
        Http.Response otherPrefix = upload("r-4", "pas", "K001", "2026-11-23T09:55:00+01:00", token('i'));

        // then each is refused with a message that names the number
        for (Http.Response response : List.of(beyond, online, otherService, otherPrefix)) {
            assertError(response, 409, "not-reserved");
        }
        assertThat(beyond.text("message")).contains("P506").contains("kiosk-1").contains("2026-11-23");
    }

    @Test
    void a_number_already_uploaded_by_another_request_is_taken() {
        reserve("pas", 5);
        BranchClient.created(upload("kiosk-1:off-5", "pas", "P503", "2026-11-23T09:55:00+01:00", token('j')));

        Http.Response twice = upload("kiosk-1:off-6", "pas", "P503", "2026-11-23T09:57:00+01:00", token('k'));

        assertError(twice, 409, "number-taken");
    }

    @Test
    void a_public_token_already_used_is_taken() {
        reserve("pas", 5);
        BranchClient.created(upload("kiosk-1:off-7", "pas", "P501", "2026-11-23T09:55:00+01:00", token('m')));
        String onlineToken = branch.issue("pas").path("statusUrl").asText().replaceAll(".*/t/", "");

        Http.Response reused = upload("kiosk-1:off-8", "pas", "P502", "2026-11-23T09:56:00+01:00", token('m'));
        Http.Response central = upload("kiosk-1:off-9", "pas", "P503", "2026-11-23T09:56:00+01:00", onlineToken);

        assertError(reused, 409, "token-taken");
        assertError(central, 409, "token-taken");
    }

    @Test
    void an_issue_time_more_than_two_minutes_ahead_of_central_is_invalid() {
        reserve("pas", 5);

        Http.Response ahead = upload("r-5", "pas", "P501", "2026-11-23T10:02:01+01:00", token('n'));
        Http.Response slightlyAhead = upload("r-6", "pas", "P501", "2026-11-23T10:01:59+01:00", token('n'));

        assertError(ahead, 400, "invalid-input");
        assertThat(ahead.text("field")).isEqualTo("issuedAt");
        assertThat(slightlyAhead.status()).as(slightlyAhead.body()).isEqualTo(201);
    }

    @Test
    void a_ticket_replayed_the_next_day_is_stored_cancelled_as_day_closed() {
        // given the kiosk printed P501 at 16:00 and came back only the next morning
        reserve("pas", 5);
        clock.set(OffsetDateTime.parse("2026-11-24T08:30:00+01:00").toInstant());

        // when it replays the ticket
        Http.Response late = upload("kiosk-1:off-10", "pas", "P501", "2026-11-23T16:00:00+01:00", token('p'));

        // then it is kept for the statistics, cancelled like the roll-over does, and nobody waits for it
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.text("status")).isEqualTo("cancelled");
        assertThat(late.text("issuedAt")).isEqualTo("2026-11-23T16:00:00+01:00");
        assertThat(late.json().path("issuedOffline").asBoolean()).isTrue();
        assertThat(branch.queue().path("services").get(0).path("waiting").asInt()).isZero();
        List<SseClient.Event> events = branch.eventsUntil(named("ticket.cancelled", "P501"));
        assertThat(names(events)).endsWith("ticket.issued", "ticket.cancelled");
        assertThat(events.get(events.size() - 1).data()).contains("\"reason\":\"day-closed\"");
        // and today's numbering is untouched
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P001");
    }

    @Test
    void only_a_kiosk_may_upload_offline_tickets() {
        reserve("pas", 5);
        String body = body("r-7", "pas", "P501", "2026-11-23T09:55:00+01:00", token('q'));

        for (String other : List.of(DISPLAY, DESK_1, STAFF)) {
            assertError(central.http().post(UPLOAD, other, body), 403, "forbidden");
        }
        assertError(central.http().post(UPLOAD, null, body), 401, "unauthorized");
    }

    private void reserve(String service, int size) {
        BranchClient.created(central.http().post(BLOCKS, KIOSK, "{\"service\":\"" + service + "\",\"size\":" + size
                + "}"));
    }

    private Http.Response upload(String clientRequestId, String service, String number, String issuedAt,
            String token) {
        return central.http().post(UPLOAD, KIOSK, body(clientRequestId, service, number, issuedAt, token));
    }

    static String body(String clientRequestId, String service, String number, String issuedAt, String token) {
        return "{\"clientRequestId\":\"" + clientRequestId + "\",\"service\":\"" + service + "\",\"number\":\""
                + number + "\",\"language\":\"da\",\"issuedAt\":\"" + issuedAt + "\",\"publicToken\":\"" + token
                + "\"}";
    }

    /** A kiosk-made token; distinct letters give distinct tokens. */
    static String token(char c) {
        return "offline_" + String.valueOf(c).repeat(24) + "-0123456789";
    }
}
