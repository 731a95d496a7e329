package dk.skranke.systemtest.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.testsupport.browser.Chrome;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A kiosk left alone goes back to the start screen in Danish, after warning with a countdown. */
class KioskIdleIT {
    private static final int IDLE_SECONDS = 12;

    @Test
    void a_kiosk_left_alone_warns_then_returns_to_the_start_screen_in_danish() {
        try (KioskStack stack = new KioskStack(); Chrome chrome = Chrome.landscape()) {
            RunningKiosk kiosk = stack.kiosk("kiosk-2", KioskIdleIT::shortIdle);
            KioskPage page = new KioskPage(chrome).open(kiosk, "start");

            // given a citizen chose English and walked away from the service menu
            page.tap("#lang-en").waitForLanguage("en").tap("#take-ticket").waitFor("services");

            // then the kiosk asks whether anyone is there, with a countdown
            chrome.waiting(Duration.ofSeconds(IDLE_SECONDS)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
            assertThat(page.screen()).isEqualTo("services");
            page.check("idle-warning");

            // and then it is back at the start, in Danish
            page.waitFor("start", Duration.ofSeconds(IDLE_SECONDS + 5)).waitForLanguage("da");
        }
    }

    @Test
    void when_the_kiosk_app_stops_answering_the_page_shows_an_error_instead_of_a_blank_screen() {
        try (KioskStack stack = new KioskStack(); Chrome chrome = Chrome.landscape()) {
            RunningKiosk kiosk = stack.kiosk("kiosk-2");
            KioskPage page = new KioskPage(chrome).open(kiosk, "start");
            kiosk.close();

            page.tap("#take-ticket").waitFor("error").check("error");
        }
    }

    private static KioskConfig shortIdle(KioskConfig c) {
        return new KioskConfig(c.central(), c.zone(), c.http(), c.data(), IDLE_SECONDS, c.numberBlocks(),
                c.digitalChannels(), c.hardware());
    }
}
