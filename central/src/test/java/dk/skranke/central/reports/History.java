package dk.skranke.central.reports;

import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.INTEGRATION;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import java.time.OffsetDateTime;

/** Plays a known history into central through its API, each step at a time given with its offset. */
final class History {
    private static final String BRANCH_PATH = "/api/v1/branches/" + BRANCH;

    private final Http http;
    private final MutableClock clock;

    History(Http http, MutableClock clock) {
        this.http = http;
        this.clock = clock;
    }

    /** Moves the clock to a time written with its offset, e.g. {@code 2026-03-29T03:05+02:00}. */
    History at(String time) {
        clock.set(OffsetDateTime.parse(time).toInstant());
        return this;
    }

    JsonNode issue(String service) {
        return expect(http.post(BRANCH_PATH + "/tickets", KIOSK, "{\"service\":\"" + service + "\"}"), 201);
    }

    String next(String desk) {
        return expect(http.post(BRANCH_PATH + "/desks/" + desk + "/next", STAFF, "{}"), 200).path("id").asText();
    }

    void command(String ticket, String action) {
        expect(http.post("/api/v1/tickets/" + ticket + "/" + action, STAFF, null), 200);
    }

    void finish(String ticket, String... outcomes) {
        String tags = outcomes.length == 0 ? "" : "\"" + String.join("\",\"", outcomes) + "\"";
        expect(http.post("/api/v1/tickets/" + ticket + "/finish", STAFF, "{\"outcomes\":[" + tags + "]}"), 200);
    }

    String transfer(String ticket, String service) {
        return expect(http.post("/api/v1/tickets/" + ticket + "/transfer", STAFF, "{\"service\":\"" + service
                + "\"}"), 200).path("id").asText();
    }

    void book(String service, String start, String code, String reference) {
        expect(http.post(BRANCH_PATH + "/appointments", INTEGRATION, "{\"service\":\"" + service + "\",\"start\":\""
                + start + "\",\"durationMinutes\":15,\"code\":\"" + code + "\",\"reference\":\"" + reference
                + "\"}"), 201);
    }

    String checkIn(String code) {
        return expect(http.post(BRANCH_PATH + "/check-ins", KIOSK, "{\"code\":\"" + code + "\"}"), 201)
                .path("id").asText();
    }

    void nudge(String service, String outcome) {
        expect(http.post(BRANCH_PATH + "/nudges", KIOSK, "{\"service\":\"" + service + "\",\"outcome\":\""
                + outcome + "\"}"), 201);
    }

    private static JsonNode expect(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }
}
