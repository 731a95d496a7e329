package dk.skranke.central.testing;

/** The test configuration and its tokens (one per role, plus tokens of another branch). */
public final class TestConfig {
    public static final String BRANCH = "test";
    public static final String OTHER_BRANCH = "other";
    public static final String KIOSK = "kiosk-token-test";
    public static final String DISPLAY = "display-token-test";
    public static final String DESK_1 = "desk-1-token-test";
    public static final String DESK_2 = "desk-2-token-test";
    public static final String DESK_ANY = "desk-any-token-test";
    public static final String STAFF = "staff-token-test";
    public static final String ADMIN = "admin-token-test";
    public static final String INTEGRATION = "integration-token-test";
    public static final String OTHER_STAFF = "staff-token-other";
    public static final String OTHER_KIOSK = "kiosk-token-other";

    private TestConfig() {
    }

    public static String yaml() {
        return TestCentral.resource("test-config.yaml");
    }
}
