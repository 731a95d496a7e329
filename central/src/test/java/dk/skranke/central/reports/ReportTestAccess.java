package dk.skranke.central.reports;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;

/** Lets tests in other packages play the report tests' known history. */
public final class ReportTestAccess {
    private ReportTestAccess() {
    }

    public static void playSpringHistory(Http http, MutableClock clock) {
        SpringHistory.play(new History(http, clock));
    }
}
