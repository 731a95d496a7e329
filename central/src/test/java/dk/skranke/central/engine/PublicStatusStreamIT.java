package dk.skranke.central.engine;

import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skranke.central.testing.CentralExtension;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A citizen's phone follows its ticket live over the public status stream, reached by the token alone. */
class PublicStatusStreamIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void the_phone_sees_its_place_fall_as_others_are_called_and_then_its_own_call_with_the_desk() {
        // given three pas tickets and the third one's phone connected
        branch.issue("pas");
        branch.issue("pas");
        String token = token(branch.issue("pas"));
        try (SseClient phone = SseClient.connectPublic(central.baseUrl(), stream(token))) {
            assertThat(phone.status()).isEqualTo(200);

            // then the first status arrives at once: two ahead
            JsonNode first = awaitStatus(phone, s -> s.path("waitingAhead").asInt() == 2);
            assertThat(first.path("number").asText()).isEqualTo("P003");
            assertThat(first.path("status").asText()).isEqualTo("waiting");

            // when desk 1 calls the two before it
            branch.next("1");
            awaitStatus(phone, s -> s.path("waitingAhead").asInt() == 1);
            branch.next("1");
            awaitStatus(phone, s -> s.path("waitingAhead").asInt() == 0);

            // and then calls it
            branch.next("1");

            // then the phone is told where to go
            JsonNode called = awaitStatus(phone, s -> s.path("status").asText().equals("called"));
            assertThat(called.path("desk").asText()).isEqualTo("1");
            assertThat(called.path("deskName").asText()).isEqualTo("Skranke 1");
        }
    }

    @Test
    void each_status_is_the_same_json_as_the_public_status_and_holds_no_ids() {
        JsonNode ticket = branch.issue("pas");
        String token = token(ticket);
        try (SseClient phone = SseClient.connectPublic(central.baseUrl(), stream(token))) {
            JsonNode streamed = awaitStatus(phone, s -> true);

            JsonNode read = central.http().get("/api/v1/public/tickets/" + token, null).json();

            assertThat(streamed).isEqualTo(read);
            assertThat(streamed.path("serviceName").path("en").asText()).isEqualTo("Passport");
            assertThat(streamed.path("branchName").asText()).isEqualTo("Testby Borgerservice");
            assertThat(streamed.toString()).doesNotContain(ticket.path("id").asText()).doesNotContain(token);
        }
    }

    @Test
    void a_change_elsewhere_in_the_branch_that_leaves_the_ticket_as_it_was_sends_nothing_new() {
        // given a pas ticket followed by a phone
        String token = token(branch.issue("pas"));
        try (SseClient phone = SseClient.connectPublic(central.baseUrl(), stream(token))) {
            awaitStatus(phone, s -> true);

            // when a koerekort ticket is issued and called at desk 2 (pas is not touched), then pas is called
            branch.issue("koerekort");
            branch.next("2");
            branch.next("1");

            // then the phone's next status is its own call, not a repeat of the waiting one
            awaitStatus(phone, s -> s.path("status").asText().equals("called"));
            assertThat(statuses(phone)).extracting(s -> s.path("status").asText()).containsExactly("waiting",
                    "called");
        }
    }

    @Test
    void an_unknown_guessed_or_malformed_token_is_404_before_any_stream_starts() {
        String token = token(branch.issue("pas"));
        String sequential = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        for (String wrong : List.of(sequential, "doesnotexist", "x".repeat(65), "a%20b")) {
            Http.Response response = central.http().get(stream(wrong), null);
            assertThat(response.status()).as(wrong).isEqualTo(404);
            assertThat(response.text("error")).isEqualTo("not-found");
        }
    }

    @Test
    void the_branch_configuration_names_the_status_base_url_for_offline_tickets() {
        Http.Response branchConfig = central.http().get("/api/v1/branches/" + BRANCH, KIOSK);

        assertThat(branchConfig.text("statusBaseUrl")).isEqualTo("http://localhost:8080/t/");
        assertThat(branch.issue("pas").path("statusUrl").asText()).startsWith(branchConfig.text("statusBaseUrl"));
    }

    private static JsonNode awaitStatus(SseClient phone, Predicate<JsonNode> wanted) {
        await().atMost(Duration.ofSeconds(10)).until(() -> statuses(phone).stream().anyMatch(wanted));
        return statuses(phone).stream().filter(wanted).findFirst().orElseThrow();
    }

    private static List<JsonNode> statuses(SseClient phone) {
        return phone.events().stream().filter(e -> "status".equals(e.name())).map(e -> parse(e.data())).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stream(String token) {
        return "/api/v1/public/tickets/" + token + "/events";
    }

    static String token(JsonNode ticket) {
        String url = ticket.path("statusUrl").asText();
        return url.substring(url.lastIndexOf("/t/") + 3);
    }
}
