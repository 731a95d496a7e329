package dk.skranke.central.testing;

import dk.skranke.testsupport.http.Http;
import dk.skranke.testsupport.time.MutableClock;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh in-process central for each test: {@code @RegisterExtension final CentralExtension central = ...}. */
public final class CentralExtension implements BeforeEachCallback, AfterEachCallback, Supplier<TestCentral> {
    private final Supplier<TestCentral> starter;
    private TestCentral central;

    private CentralExtension(Supplier<TestCentral> starter) {
        this.starter = starter;
    }

    /** Central with the test configuration, on the given clock. */
    public static CentralExtension on(MutableClock clock) {
        return new CentralExtension(() -> TestCentral.start(clock));
    }

    /** Central whose status links lead to itself (for browser tests of the status page). */
    public static CentralExtension reachableOn(MutableClock clock) {
        return new CentralExtension(() -> TestCentral.startReachable(clock));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        central = starter.get();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        central.close();
    }

    @Override
    public TestCentral get() {
        return central;
    }

    public Http http() {
        return central.http();
    }

    public String baseUrl() {
        return central.baseUrl();
    }

    public void restart() {
        central.restart();
    }
}
