package dk.skranke.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.kiosk.testing.LocalApi;
import dk.skranke.kiosk.testing.RunningKiosk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalApiRejectsBadRequestsIT {
    @TempDir
    Path data;
    RunningKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = new RunningKiosk(data).ready();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void ticket_requests_with_bad_fields_name_the_field() {
        assertInvalid(post("/api/tickets", ""), "service", "service: is required");
        assertInvalid(post("/api/tickets", "{}"), "service", "service: is required");
        assertInvalid(post("/api/tickets", "{\"service\":17}"), "service", "service: must be a string");
        assertInvalid(post("/api/tickets", "{\"service\":\"  \"}"), "service", "service: must not be empty");
        assertInvalid(post("/api/tickets", "{\"service\":\"" + "x".repeat(41) + "\"}"), "service",
                "service: must be at most 40 characters");
        assertInvalid(post("/api/tickets", "{\"service\":\"skat\"}"), "service", "service: unknown service 'skat'");
        assertInvalid(post("/api/tickets", "{\"service\":\"pas\",\"language\":\"de\"}"), "language",
                "language: must be 'da' or 'en'");
        assertInvalid(post("/api/tickets", "{\"service\":\"pas\",\"language\":5}"), "language", "language:");
        assertThat(kiosk.central.requests("/tickets")).isEmpty();
    }

    @Test
    void malformed_and_oversized_bodies_get_json_errors() {
        assertError(post("/api/tickets", "{\"service\":"), 400, "malformed-json");
        assertError(post("/api/tickets", "[1]"), 400, "malformed-json");
        assertError(post("/api/tickets", "\"pas\""), 400, "malformed-json");
        assertError(post("/api/tickets", "{\"service\":\"pas\"} trailing"), 400, "malformed-json");
        assertError(post("/api/check-ins", "{" .repeat(5000)), 400, "malformed-json");
        assertError(post("/api/nudges", "{\"service\":\"" + "x".repeat(70_000) + "\"}"), 413, "too-large");
        byte[] streamed = ("{\"service\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertError(kiosk.api().postStreamed("/api/tickets", streamed), 413, "too-large");
        assertThat(kiosk.api().postStreamed("/api/tickets", "{\"service\":\"pas\"}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
        assertThat(kiosk.api().get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void serves_files_with_their_content_type_and_nothing_outside_the_page() {
        assertThat(kiosk.api().get("/").contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(kiosk.api().get("/assets/index.html").contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(kiosk.api().get("/assets/kiosk.css").contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(kiosk.api().get("/assets/kiosk.js").contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(kiosk.api().get("/api/texts/da").contentType()).startsWith("application/json");
        assertThat(kiosk.api().get("/api/qr?data=https%3A%2F%2Fborger.dk%2F").contentType()).startsWith("image/svg+xml");
        assertError(kiosk.api().get("/assets/../i18n/kiosk_da.properties"), 404, "not-found");
        assertError(kiosk.api().get("/assets/%2e%2e/i18n/kiosk_da.properties"), 404, "not-found");
        assertError(kiosk.api().get("/assets/web/kiosk.js"), 404, "not-found");
        assertError(kiosk.api().get("/api/texts/da/x"), 404, "not-found");
        assertError(kiosk.api().post("/api/state", "{}"), 404, "not-found");
        assertError(kiosk.api().get("/api/tickets"), 404, "not-found");
    }

    @Test
    void check_ins_and_nudges_with_bad_fields_name_the_field() {
        assertInvalid(post("/api/check-ins", "{}"), "code", "code: is required");
        assertInvalid(post("/api/check-ins", "{\"code\":\"" + "A".repeat(41) + "\"}"), "code",
                "code: must be at most 40 characters");
        assertInvalid(post("/api/check-ins", "{\"code\":[\"ABCD\"]}"), "code", "code: must be a string");
        assertInvalid(post("/api/nudges", "{\"service\":\"pas\",\"outcome\":\"maybe\"}"), "outcome", "outcome:");
        assertInvalid(post("/api/nudges", "{\"service\":\"pas\",\"outcome\":\"DEFLECTED\"}"), "outcome", "outcome:");
        assertInvalid(post("/api/nudges", "{\"service\":\"pas\"}"), "outcome", "outcome: is required");
        assertInvalid(post("/api/nudges", "{\"service\":\"andet\",\"outcome\":\"deflected\"}"), "service",
                "service: service 'andet' has no digital alternative");
        assertInvalid(post("/api/nudges", "{\"service\":\"skat\",\"outcome\":\"deflected\"}"), "service",
                "service: unknown service");
        assertThat(kiosk.app().journal().outbox()).isEmpty();
    }

    @Test
    void qr_codes_only_for_short_ascii_http_addresses() {
        assertInvalid(kiosk.api().get("/api/qr"), "data", "data: is required");
        assertInvalid(kiosk.api().get("/api/qr?data=ftp%3A%2F%2Fx.dk%2F"), "data", "data: must be an http");
        assertInvalid(kiosk.api().get("/api/qr?data=javascript%3Aalert(1)"), "data", "data:");
        assertInvalid(kiosk.api().get("/api/qr?data=https%3A%2F%2Fborger.dk%2F%C3%A6"), "data", "data:");
        assertInvalid(kiosk.api().get("/api/qr?data=https%3A%2F%2Fborger.dk%2F" + "a".repeat(700)), "data",
                "data: must be at most 700 characters");
    }

    @Test
    void unknown_paths_languages_and_files_are_json_404s() {
        assertError(kiosk.api().get("/nope"), 404, "not-found");
        assertError(kiosk.api().get("/api/texts/de"), 404, "not-found");
        assertError(kiosk.api().get("/api/texts/DA"), 404, "not-found");
        assertError(kiosk.api().get("/assets/missing.js"), 404, "not-found");
        assertError(kiosk.api().get("/assets/.hidden.js"), 404, "not-found");
        assertError(kiosk.api().get("/assets/sub"), 404, "not-found");
        assertError(kiosk.api().send("DELETE", "/api/tickets", ""), 404, "not-found");
        LocalApi.Reply climb = kiosk.api().get("/assets/..%2F..%2Flogback.xml");
        assertThat(climb.status()).isBetween(400, 404);
        assertThat(climb.json().path("error").asText()).isNotBlank();
    }

    private LocalApi.Reply post(String path, String body) {
        return kiosk.api().post(path, body);
    }

    private static void assertInvalid(LocalApi.Reply reply, String field, String messageStart) {
        assertError(reply, 400, "invalid-input");
        assertThat(reply.json().path("field").asText()).isEqualTo(field);
        assertThat(reply.json().path("message").asText()).startsWith(messageStart);
    }

    private static void assertError(LocalApi.Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.error()).isEqualTo(error);
        assertThat(reply.json().path("message").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at dk.").doesNotContain("at io.");
    }
}
