package dk.skranke.systemtest.kiosk;

import dk.skranke.testsupport.browser.Axe;
import dk.skranke.testsupport.browser.Chrome;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The kiosk's touchscreen page in headless Chromium, driven the way a citizen does: by tapping. */
final class KioskPage {
    private final Chrome chrome;

    KioskPage(Chrome chrome) {
        this.chrome = chrome;
    }

    WebDriver driver() {
        return chrome.driver();
    }

    /** Loads the page fresh and waits for the screen it opens with. */
    KioskPage open(RunningKiosk kiosk, String expectedScreen) {
        driver().get(kiosk.url() + "/");
        return waitFor(expectedScreen);
    }

    KioskPage waitFor(String screen) {
        return waitFor(screen, Duration.ofSeconds(10));
    }

    KioskPage waitFor(String screen, Duration timeout) {
        chrome.waiting(timeout).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-screen", screen));
        return this;
    }

    KioskPage waitForLanguage(String language) {
        chrome.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        return this;
    }

    /**
     * Taps the element once it can be tapped (buttons are disabled while a request runs); if the page
     * redraws the element in between, the tap is tried again on the new one.
     */
    KioskPage tap(String css) {
        chrome.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement target = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (target == null) {
                return false;
            }
            target.click();
            return true;
        });
        return this;
    }

    String text(String css) {
        return chrome.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    WebElement element(String css) {
        return chrome.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    boolean present(String css) {
        return !driver().findElements(By.cssSelector(css)).isEmpty();
    }

    /** Waits until every image matching the selector has loaded (the QR codes) before a screenshot. */
    KioskPage imagesLoaded(String css) {
        chrome.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const imgs = document.querySelectorAll(arguments[0]);"
                        + "return imgs.length > 0 && [...imgs].every(i => i.complete && i.naturalWidth > 0);", css));
        return this;
    }

    /** Saves a screenshot under target/screenshots and runs axe-core on what is shown. */
    KioskPage check(String name) {
        chrome.screenshot("kiosk-" + name);
        Axe.assertNoViolations(driver(), "kiosk screen " + name);
        return this;
    }

    String screen() {
        return driver().findElement(By.tagName("body")).getAttribute("data-screen");
    }
}
