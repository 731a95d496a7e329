package dk.skranke.central.staff;

import dk.skranke.central.testing.TestConfig;

/** The test configuration plus staff users: anna (staff, branch test), bo (staff, branch other), leder (admin). */
final class StaffTestConfig {
    static final String ANNA = "anna";
    static final String ANNA_PASSWORD = "anna-kodeord-1";
    static final String BO = "bo";
    static final String BO_PASSWORD = "bo-kodeord-22";
    static final String ADMIN = "leder";
    static final String ADMIN_PASSWORD = "leder-kodeord-333";
    private static final String USERS = users();

    private StaffTestConfig() {
    }

    static String yaml() {
        return TestConfig.yaml() + USERS;
    }

    /** With a https public address, as behind a TLS proxy. */
    static String yamlWithHttps() {
        return yaml().replace("publicBaseUrl: http://localhost:8080", "publicBaseUrl: https://skranke.example.dk");
    }

    private static String users() {
        Passwords passwords = new Passwords();
        return "users:\n"
                + "  - {username: " + ANNA + ", passwordHash: \"" + passwords.hash(ANNA_PASSWORD)
                + "\", role: staff, branches: [test]}\n"
                + "  - {username: " + BO + ", passwordHash: \"" + passwords.hash(BO_PASSWORD)
                + "\", role: staff, branches: [other]}\n"
                + "  - {username: " + ADMIN + ", passwordHash: \"" + passwords.hash(ADMIN_PASSWORD)
                + "\", role: admin}\n";
    }
}
