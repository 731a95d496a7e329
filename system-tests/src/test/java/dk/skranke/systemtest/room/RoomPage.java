package dk.skranke.systemtest.room;

import dk.skranke.testsupport.browser.Chrome;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The waiting-room page in Chromium, with a stopwatch inside the page for the moment a number appears. */
final class RoomPage {
    private final Chrome chrome;

    RoomPage(Chrome chrome, String url) {
        this.chrome = chrome;
        chrome.driver().get(url);
        chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-connection", "live"));
    }

    /** From now on the page notes (Date.now(), ms) when the number is first shown as called at the desk. */
    void watchFor(String number, String desk) {
        js().executeScript("const sel = arguments[0]; window.__seenAt = null;"
                + "const check = () => { if (window.__seenAt === null && document.querySelector(sel)) {"
                + " window.__seenAt = Date.now(); } };"
                + "new MutationObserver(check).observe(document.body, {subtree: true, childList: true,"
                + " attributes: true, characterData: true}); check();", selector(number, desk));
    }

    /** Waits for the number and returns the wall-clock millisecond the page first showed it. */
    long seenAt() {
        chrome.waiting(Duration.ofSeconds(10)).until(d -> js().executeScript("return window.__seenAt;") != null);
        return ((Number) js().executeScript("return window.__seenAt;")).longValue();
    }

    private static String selector(String number, String desk) {
        return "#now-serving [data-number='" + number + "'][data-desk='" + desk + "']";
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) chrome.driver();
    }
}
