package dk.skranke.systemtest.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skranke.display.app.DisplayApp;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.buttons.ButtonAction;
import dk.skranke.hardware.buttons.ButtonBinding;
import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.display.DisplayBusConfig;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import dk.skranke.testsupport.browser.Chrome;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.awaitility.Durations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 5's heartbeat of the room, across three processes: central (its own JVM, from the jar), the
 * display app (this JVM, simulated buttons and LED displays) and headless Chromium showing the
 * waiting-room page. A desk button press, and a click in the staff console, must put the number on
 * the page and above the desk; the measured latencies are printed.
 */
class CallReachesTheRoomIT {
    private static final String KIOSK = "kiosk-1-system-secret";
    private static CentralProcess central;
    private static DisplayApp display;
    private static Chrome room;

    @BeforeAll
    static void start() throws Exception {
        central = CentralProcess.start();
        DisplayConfig config = DisplayConfig.simulated(central.baseUrl(), "display-1-system-secret", "display-1", "sys",
                Files.createTempDirectory("system-display-"),
                List.of(new DisplayConfig.DeskSetup("1", 1, "desk-1-system-secret")))
                .withHardware(new DisplayConfig.HardwareConfig(HardwareMode.SIMULATED,
                        ButtonMapping.of(List.of(ButtonBinding.of(17, "1", "next"))),
                        DisplayBusConfig.forPort("simulated"), true));
        display = DisplayApp.withOwnHardware(config, central.clock()).start();
        room = Chrome.open(1920, 1080);
    }

    @AfterAll
    static void stop() {
        room.close();
        display.close();
        central.close();
    }

    @Test
    void a_desk_button_press_shows_the_number_on_the_waiting_room_page_and_above_the_desk() {
        String number = issue("pas");
        RoomPage page = new RoomPage(room, "http://127.0.0.1:" + display.port() + "/");
        page.watchFor(number, "1");
        SimulatedDeskDisplays leds = display.simulatedDisplays().orElseThrow();

        long pressed = System.currentTimeMillis();
        display.simulatedButtons().orElseThrow().press("1", ButtonAction.NEXT);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Durations.ONE_MILLISECOND)
                .until(() -> number.equals(leds.shown(1)));
        long ledAt = System.currentTimeMillis();
        long pageAt = page.seenAt();

        System.out.printf("button press -> LED display %d ms, -> waiting-room page %d ms (number %s)%n",
                ledAt - pressed, pageAt - pressed, number);
        assertThat(pageAt).isGreaterThanOrEqualTo(pressed);
        room.screenshot("room-after-button");
    }

    @Test
    void next_in_the_staff_console_shows_the_number_on_the_waiting_room_page_and_above_the_desk() {
        String number = issue("koerekort");
        RoomPage page = new RoomPage(room, "http://127.0.0.1:" + display.port() + "/");
        page.watchFor(number, "2");
        try (Chrome console = Chrome.landscape()) {
            WebDriver driver = signInAndChooseDesk(console, "2");

            long clicked = System.currentTimeMillis();
            driver.findElement(By.id("next")).click();
            long pageAt = page.seenAt();
            console.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-number"),
                    number));

            System.out.printf("staff console 'next' click -> waiting-room page %d ms (number %s)%n",
                    pageAt - clicked, number);
            assertThat(pageAt).isGreaterThanOrEqualTo(clicked);
            room.screenshot("room-after-console");
        }
    }

    private static WebDriver signInAndChooseDesk(Chrome console, String desk) {
        WebDriver driver = console.driver();
        driver.get(central.baseUrl() + "/staff");
        console.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(CentralProcess.ANNA);
        driver.findElement(By.id("password")).sendKeys(CentralProcess.ANNA_PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        // the sign-in page is replaced by the console, which then draws itself: every wait survives that
        var settled = console.waiting().ignoring(StaleElementReferenceException.class);
        settled.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
        settled.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "true"));
        settled.until(d -> {
            new Select(d.findElement(By.id("desk"))).selectByValue(desk);
            return desk.equals(new Select(d.findElement(By.id("desk"))).getFirstSelectedOption()
                    .getAttribute("value"));
        });
        settled.until(ExpectedConditions.elementToBeClickable(By.id("next")));
        return driver;
    }

    private static String issue(String service) {
        var answer = central.http().post("/api/v1/branches/sys/tickets", KIOSK,
                "{\"service\":\"" + service + "\",\"language\":\"da\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("number").asText();
    }
}
