package dk.skranke.central.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.staff.Passwords;
import dk.skranke.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The users: section is validated at start; every error names the key, and no password is accepted in clear. */
class UsersConfigTest {
    private static final String BCRYPT = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
    private static final String BASE = """
            branches:
              - id: b
                name: Borgerservice B
                hours: {weekly: {monday: ["09:00-14:00"]}}
                services: [{id: pas, prefix: P, name: {da: Pas, en: Passport}}]
                desks: [{id: "1", services: [pas]}]
            tokens:
              - {id: kiosk-1, role: kiosk, branches: [b], secret: kiosk-secret-123}
            users:
            """;

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void users_load_with_role_branches_and_a_lower_case_username() {
        // when staff and admin users are configured with an Argon2id and a bcrypt hash
        String argon2 = new Passwords().hash("en-god-adgangskode");
        CentralConfig config = loader.parse(BASE + "  - {username: Anna, passwordHash: \"" + argon2
                + "\", role: staff, branches: [b]}\n  - {username: leder, passwordHash: \"" + BCRYPT
                + "\", role: admin}\n");

        // then both are there; the admin covers every branch
        assertThat(config.users()).extracting(StaffUser::username).containsExactly("anna", "leder");
        assertThat(config.users().get(0).role()).isEqualTo(Role.STAFF);
        assertThat(config.users().get(0).branches()).containsExactly("b");
        assertThat(config.users().get(1).branches()).isEmpty();
        assertThat(config.users().get(0).toString()).doesNotContain("argon2");
    }

    @Test
    void a_configuration_without_users_has_none() {
        assertThat(loader.parse(BASE.replace("users:\n", "")).users()).isEmpty();
    }

    @Test
    void the_sample_configuration_has_a_demo_staff_user_and_a_demo_admin() {
        CentralConfig sample = loader.load(Path.of("../config/sample-borgerservice.yaml"));
        assertThat(sample.users()).extracting(StaffUser::role).contains(Role.STAFF, Role.ADMIN);
    }

    @Test
    void every_mistake_names_its_key() {
        String user = "  - {username: anna, passwordHash: \"" + BCRYPT + "\", role: staff, branches: [b]}\n";
        assertError(user.replace("\"" + BCRYPT + "\"", "hemmelig"), "users[0].passwordHash: must be an Argon2id"
                + " or bcrypt hash");
        assertError(user.replace("role: staff", "role: kiosk"), "users[0].role: must be staff or admin");
        assertError(user.replace("branches: [b]", "branches: [x]"), "users[0].branches: unknown branch 'x'");
        assertError(user.replace(", branches: [b]", ""), "users[0].branches: is required for role staff");
        assertError(user.replace("username: anna", "username: \"an na\""), "users[0].username: must be 1-64");
        assertError(user.replace("role: staff", "role: staff, desk: \"1\""), "users[0].desk: unknown key");
        assertError(user + user, "users: duplicate username 'anna'");
        assertError(user.replace("passwordHash: \"" + BCRYPT + "\", ", ""), "users[0].passwordHash: is required");
    }

    @Test
    void a_user_is_never_a_device_or_desk_role() {
        assertThatThrownBy(() -> new StaffUser("x", BCRYPT, Role.DESK, Set.of("b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertError(String users, String message) {
        assertThatThrownBy(() -> loader.parse(BASE + users)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message);
    }
}
