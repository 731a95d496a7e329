package dk.skranke.central.engine;

import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.CentralExtension;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The citizen's status page: reached only by the unguessable token, showing no ids or personal data. */
class PublicStatusIT {
    private static final String PUBLIC = "/api/v1/public/tickets/";

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void the_status_url_ends_in_t_and_an_unguessable_token() {
        JsonNode ticket = branch.issue("pas");

        String statusUrl = ticket.path("statusUrl").asText();

        assertThat(statusUrl).startsWith("http://localhost:8080/t/").matches(".*/t/[A-Za-z0-9_-]{32,}$");
        assertThat(token(ticket)).doesNotContain(ticket.path("id").asText()).doesNotContain("P001");
    }

    @Test
    void the_public_status_is_readable_without_a_token_and_follows_the_ticket() {
        // given P001 and P002 waiting
        branch.issue("pas");
        JsonNode ticket = branch.issue("pas");

        // when the citizen opens the status page without any credentials
        Http.Response waiting = publicStatus(token(ticket));

        // then it shows number, status and place in the queue
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        assertThat(waiting.text("number")).isEqualTo("P002");
        assertThat(waiting.text("status")).isEqualTo("waiting");
        assertThat(waiting.json().path("waitingAhead").asInt()).isEqualTo(1);
        assertThat(waiting.json().path("desk").isNull()).isTrue();

        // when P002 is called at desk 2 (P001 at desk 1 first)
        clock.advance(Duration.ofMinutes(3));
        branch.next("1");
        branch.next("2");
        Http.Response called = publicStatus(token(ticket));

        // then the page shows the desk to go to
        assertThat(called.text("status")).isEqualTo("called");
        assertThat(called.text("desk")).isEqualTo("2");
        assertThat(called.json().path("waitingAhead").asInt()).isZero();
        assertThat(called.json().path("calledAt").isNull()).isFalse();
    }

    @Test
    void the_public_status_shows_no_ids_no_status_url_and_no_booking_code() {
        // given an appointment ticket, which has a booking code behind it
        branch.book("pas", "2026-11-23T10:15:00+01:00", "KODE42");
        Http.Response checkedIn = branch.checkIn("KODE42");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        JsonNode ticket = checkedIn.json();

        // when the status page is read
        Http.Response status = publicStatus(token(ticket));

        // then it holds what the citizen needs and nothing that identifies or unlocks anything
        assertThat(status.status()).isEqualTo(200);
        JsonNode body = status.json();
        assertThat(body.path("number").asText()).isEqualTo(ticket.path("number").asText());
        assertThat(body.path("kind").asText()).isEqualTo("appointment");
        assertThat(body.has("id")).isFalse();
        assertThat(body.has("statusUrl")).isFalse();
        assertThat(body.has("transferredFrom")).isFalse();
        assertThat(status.body()).doesNotContain("KODE42").doesNotContain(ticket.path("id").asText())
                .doesNotContain(token(ticket));
    }

    @Test
    void a_guessed_token_and_a_ticket_id_are_not_found() {
        JsonNode ticket = branch.issue("pas");

        Http.Response guessed = publicStatus(randomToken());
        Http.Response byId = publicStatus(ticket.path("id").asText());
        Http.Response byNumber = publicStatus("P001");

        assertThat(guessed.status()).isEqualTo(404);
        assertThat(guessed.text("error")).isEqualTo("not-found");
        assertThat(byId.status()).isEqualTo(404);
        assertThat(byNumber.status()).isEqualTo(404);
        assertThat(byId.body()).doesNotContain("P001");
    }

    @Test
    void after_a_transfer_the_same_token_shows_the_successor() {
        // given P001 transferred to koerekort
        JsonNode ticket = branch.issue("pas");
        branch.next("1");
        Http.Response transfer = branch.act(ticket.path("id").asText(), "transfer", STAFF,
                "{\"service\":\"koerekort\"}");
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(200);

        // when the citizen reloads the page from the printed QR code
        Http.Response status = publicStatus(token(ticket));

        // then it shows the waiting successor under the same number
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text("number")).isEqualTo("P001");
        assertThat(status.text("service")).isEqualTo("koerekort");
        assertThat(status.text("status")).isEqualTo("waiting");
        assertThat(transfer.json().path("statusUrl").asText()).isEqualTo(ticket.path("statusUrl").asText());
    }

    private Http.Response publicStatus(String token) {
        return central.http().get(PUBLIC + token, null);
    }

    private static String token(JsonNode ticket) {
        String url = ticket.path("statusUrl").asText();
        return url.substring(url.lastIndexOf("/t/") + 3);
    }

    private static String randomToken() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }
}
