package dk.skranke.central.staff;

import static dk.skranke.central.testing.TestConfig.ADMIN;
import static dk.skranke.central.testing.TestConfig.BRANCH;
import static dk.skranke.central.testing.TestConfig.DISPLAY;
import static dk.skranke.central.testing.TestConfig.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.central.testing.CentralExtension;
import dk.skranke.central.testing.SseClient;
import dk.skranke.testsupport.time.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A device that stops sending heartbeats is announced live as stale, and again when it is back. */
class StaleDeviceEventIT {
    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00+01:00");
    @RegisterExtension
    final CentralExtension central = CentralExtension.on(clock);

    @Test
    void a_device_silent_for_more_than_30_seconds_is_announced_stale_once_and_fresh_again_on_its_heartbeat() {
        // given a kiosk and a display that reported, and an admin page following the stream
        try (SseClient admin = SseClient.connect(central.baseUrl(), BRANCH, ADMIN, null)) {
            assertThat(admin.status()).isEqualTo(200);
            heartbeat("kiosk-1", KIOSK, "{\"printer\":\"ok\",\"version\":\"1.0\"}");
            heartbeat("display-1", DISPLAY, "{\"version\":\"1.0\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> deviceEvents(admin).size() == 2);

            // when 20 s pass, the display reports, and 15 s more pass (kiosk silent 35 s, display 15 s)
            clock.advance(Duration.ofSeconds(20));
            heartbeat("display-1", DISPLAY, "{\"version\":\"1.0\"}");
            clock.advance(Duration.ofSeconds(15));

            // then the kiosk alone is announced stale, once, by the background check
            await().atMost(Duration.ofSeconds(10)).until(() -> deviceEvents(admin).size() == 3);
            SseClient.Event stale = deviceEvents(admin).get(2);
            assertThat(stale.data()).contains("\"id\":\"kiosk-1\"", "\"stale\":true");
            assertThat(central.http().get("/api/v1/branches/test/devices", ADMIN).body())
                    .contains("\"id\":\"kiosk-1\",\"branch\":\"test\",\"role\":\"kiosk\",\"printer\":\"ok\"");

            // when the kiosk comes back
            heartbeat("kiosk-1", KIOSK, "{\"printer\":\"ok\",\"version\":\"1.0\"}");

            // then it is announced fresh again, and nothing else was announced meanwhile
            await().atMost(Duration.ofSeconds(10)).until(() -> deviceEvents(admin).size() == 4);
            assertThat(deviceEvents(admin).get(3).data()).contains("\"id\":\"kiosk-1\"", "\"stale\":false");
            assertThat(deviceEvents(admin)).extracting(e -> e.data().contains("\"stale\":true")).containsExactly(
                    false, false, true, false);
        }
    }

    private void heartbeat(String device, String token, String body) {
        assertThat(central.http().post("/api/v1/devices/" + device + "/heartbeat", token, body).status())
                .isEqualTo(200);
    }

    private static List<SseClient.Event> deviceEvents(SseClient client) {
        return client.events().stream().filter(e -> "device.changed".equals(e.name())).toList();
    }
}
