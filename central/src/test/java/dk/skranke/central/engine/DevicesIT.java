package dk.skranke.central.engine;

import static dk.skranke.central.engine.BranchClient.assertError;
import static dk.skranke.central.engine.BranchClient.named;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static dk.skranke.central.testing.TestConfig.OTHER_KIOSK;
import static dk.skranke.central.testing.TestConfig.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;
import dk.skranke.central.testing.SseClient;
import dk.skranke.central.testing.CentralExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Device heartbeats and health, and number blocks kiosks reserve for offline issuing. */
class DevicesIT {
    private static final String OK = "{\"printer\":\"ok\",\"version\":\"1.0\"}";
    private static final String PAPER_OUT = "{\"printer\":\"paper-out\",\"version\":\"1.0\"}";

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);
    private final BranchClient branch = new BranchClient(central);

    @Test
    void a_kiosk_heartbeat_is_accepted_and_echoes_the_device() {
        Http.Response response = heartbeat("kiosk-1", KIOSK, OK);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.text("id")).isEqualTo("kiosk-1");
        assertThat(response.text("printer")).isEqualTo("ok");
        assertThat(response.text("version")).isEqualTo("1.0");
        assertThat(response.json().path("stale").asBoolean()).isFalse();
    }

    @Test
    void the_first_heartbeat_and_a_printer_change_emit_device_changed_but_an_unchanged_one_does_not() {
        // when the kiosk reports ok, ok again, then paper-out
        heartbeat("kiosk-1", KIOSK, OK);
        clock.advance(Duration.ofSeconds(10));
        heartbeat("kiosk-1", KIOSK, OK);
        clock.advance(Duration.ofSeconds(10));
        heartbeat("kiosk-1", KIOSK, PAPER_OUT);

        // then the stream has exactly two device.changed events: the first report and paper-out
        List<SseClient.Event> events = branch.eventsUntil(named("device.changed", "paper-out"));
        assertThat(events).extracting(SseClient.Event::name).containsExactly("device.changed", "device.changed");
        assertThat(events.get(0).data()).contains("\"printer\":\"ok\"").contains("kiosk-1");
        assertThat(events.get(1).data()).contains("\"printer\":\"paper-out\"");
    }

    @Test
    void a_heartbeat_from_a_device_that_had_gone_stale_emits_device_changed() {
        heartbeat("kiosk-1", KIOSK, OK);
        clock.advance(Duration.ofSeconds(31));

        heartbeat("kiosk-1", KIOSK, OK);
        branch.issue("pas");

        assertThat(branch.eventsUntil(named("ticket.issued", "P001"))).extracting(SseClient.Event::name)
                .containsExactly("device.changed", "device.changed", "ticket.issued");
    }

    @Test
    void a_device_may_not_report_for_another_device() {
        assertError(heartbeat("kiosk-2", KIOSK, OK), 403, "forbidden");
        assertError(heartbeat("kiosk-1", STAFF, OK), 403, "forbidden");
        assertError(heartbeat("kiosk-1", null, OK), 401, "unauthorized");
    }

    @Test
    void an_unknown_printer_state_is_rejected_naming_the_field() {
        Http.Response response = heartbeat("kiosk-1", KIOSK, "{\"printer\":\"on-fire\"}");

        assertError(response, 400, "invalid-input");
        assertThat(response.text("field")).isEqualTo("printer");
    }

    @Test
    void staff_see_the_devices_and_a_silent_one_becomes_stale_after_30_seconds() {
        // given a kiosk and a display reporting
        heartbeat("kiosk-1", KIOSK, OK);
        heartbeat("display-1", DISPLAY, "{\"version\":\"2.1\"}");

        // then both are listed as fresh
        assertThat(devices()).extracting(d -> d.path("id").asText() + ":" + d.path("stale").asBoolean())
                .containsExactlyInAnyOrder("kiosk-1:false", "display-1:false");
        JsonNode kiosk = device("kiosk-1");
        assertThat(kiosk.path("role").asText()).isEqualTo("kiosk");
        assertThat(kiosk.path("printer").asText()).isEqualTo("ok");
        assertThat(kiosk.path("version").asText()).isEqualTo("1.0");

        // when 31 seconds pass without a word
        clock.advance(Duration.ofSeconds(31));

        // then they are stale
        assertThat(device("kiosk-1").path("stale").asBoolean()).isTrue();
        assertThat(device("display-1").path("stale").asBoolean()).isTrue();
    }

    @Test
    void a_device_of_another_branch_is_not_listed() {
        heartbeat("kiosk-other", OTHER_KIOSK, OK);

        assertThat(devices()).isEmpty();
    }

    @Test
    void a_number_block_is_set_aside_from_501_and_online_numbering_goes_on_from_001() {
        // given P001 issued
        branch.issue("pas");

        // when the kiosk reserves a block of 10 passport numbers
        Http.Response response = central.http().post("/api/v1/branches/test/number-blocks", KIOSK,
                "{\"service\":\"pas\",\"size\":10}");

        // then it gets 501 to 510, the next ticket from central is P002, and the next block follows on
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("first").asLong()).isEqualTo(501);
        assertThat(response.json().path("last").asLong()).isEqualTo(510);
        assertThat(response.text("service")).isEqualTo("pas");
        assertThat(branch.issue("pas").path("number").asText()).isEqualTo("P002");
        assertThat(branch.issue("koerekort").path("number").asText()).isEqualTo("K001");
        assertThat(central.http().post("/api/v1/branches/test/number-blocks", KIOSK,
                "{\"service\":\"pas\",\"size\":10}").json().path("first").asLong()).isEqualTo(511);
    }

    @Test
    void only_a_kiosk_may_reserve_numbers_and_the_size_is_validated() {
        assertError(central.http().post("/api/v1/branches/test/number-blocks", STAFF,
                "{\"service\":\"pas\",\"size\":10}"), 403, "forbidden");
        Http.Response zero = central.http().post("/api/v1/branches/test/number-blocks", KIOSK,
                "{\"service\":\"pas\",\"size\":0}");
        assertError(zero, 400, "invalid-input");
        assertThat(zero.text("field")).isEqualTo("size");
    }

    @Test
    void a_number_block_for_an_unknown_service_is_a_validation_error_naming_the_field_like_issuing() {
        // given issuing a ticket for an unknown service is a 400 naming "service"
        Http.Response issue = branch.tryIssue("{\"service\":\"nowhere\"}");
        assertError(issue, 400, "invalid-input");
        assertThat(issue.text("field")).isEqualTo("service");

        // when a kiosk reserves numbers for an unknown service
        Http.Response block = central.http().post("/api/v1/branches/test/number-blocks", KIOSK,
                "{\"service\":\"nowhere\",\"size\":10}");

        // then it is the same validation error
        assertError(block, 400, "invalid-input");
        assertThat(block.text("field")).isEqualTo("service");
    }

    private Http.Response heartbeat(String device, String token, String body) {
        return central.http().post("/api/v1/devices/" + device + "/heartbeat", token, body);
    }

    private List<JsonNode> devices() {
        Http.Response response = central.http().get("/api/v1/branches/test/devices", STAFF);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> devices = new ArrayList<>();
        response.json().forEach(devices::add);
        return devices;
    }

    private JsonNode device(String id) {
        return devices().stream().filter(d -> d.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("device " + id + " is not listed"));
    }
}
