package dk.skranke.systemtest.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.display.app.DisplayApp;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.room.CalledTicket;
import dk.skranke.display.room.Connection;
import dk.skranke.systemtest.net.CuttableProxy;
import dk.skranke.testsupport.browser.Chrome;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The display's connection to central is cut in the middle of a run of calls (every connection
 * dropped, new ones refused); calls go on meanwhile. When the network is back the display, and the
 * waiting-room page, end with every call once, in call order.
 */
class DisplayCatchesUpIT {
    private static final String KIOSK = "kiosk-1-system-secret";
    private static final String DESK = "desk-any-system-secret";

    @Test
    void a_display_cut_off_in_the_middle_of_the_calls_ends_with_every_call_in_order() throws Exception {
        try (CentralProcess central = CentralProcess.start();
                CuttableProxy network = new CuttableProxy(port(central.baseUrl()), "GET /api/v1/branches/sys/events");
                DisplayApp display = DisplayApp.withOwnHardware(DisplayConfig.simulated(network.url(),
                        "display-1-system-secret", "display-1", "sys", Files.createTempDirectory("system-display-"),
                        List.of(new DisplayConfig.DeskSetup("1", null, null))), central.clock()).start();
                Chrome chrome = Chrome.open(1920, 1080)) {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                numbers.add(central.http().post("/api/v1/branches/sys/tickets", KIOSK,
                        "{\"service\":\"andet\",\"language\":\"da\"}").json().path("number").asText());
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> display.room().connection() == Connection.LIVE);
            chrome.driver().get("http://127.0.0.1:" + display.port() + "/");

            // given two calls reached the room
            callNext(central, 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> calledInOrder(display).size() == 2);

            // when the network drops and four more calls are made meanwhile
            network.cutNow();
            await().atMost(Duration.ofSeconds(60)).until(() -> display.room().connection() == Connection.LOST);
            chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("connection")));
            callNext(central, 4);

            // then, once it is back, the display has every call once, in order, and so has the page
            network.heal();
            await().atMost(Duration.ofSeconds(30)).until(() -> calledInOrder(display).equals(numbers));
            chrome.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("connection")));
            chrome.waiting().until(d -> pageCalls(d.findElements(By.cssSelector("#history [data-number], "
                    + "#now-serving [data-number]"))).containsAll(numbers));
            chrome.screenshot("room-caught-up");
        }
    }

    /** The room's calls, oldest first: the history (newest first) reversed, then nothing twice. */
    private static List<String> calledInOrder(DisplayApp display) {
        List<String> seen = new ArrayList<>();
        List<CalledTicket> history = new ArrayList<>(display.room().history());
        java.util.Collections.reverse(history);
        for (CalledTicket call : history) {
            seen.add(call.number());
        }
        return seen;
    }

    private static List<String> pageCalls(List<WebElement> items) {
        return items.stream().map(e -> e.getAttribute("data-number")).toList();
    }

    private static void callNext(CentralProcess central, int times) {
        for (int i = 0; i < times; i++) {
            var answer = central.http().post("/api/v1/branches/sys/desks/1/next", DESK, "{}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    private static int port(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }
}
