package dk.skranke.central.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.Tokens;
import dk.skranke.config.ConfigException;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Service;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The configuration is validated at start, and every error names the exact key that is wrong. */
class ConfigLoaderTest {
    private static final String VALID = """
            publicBaseUrl: https://skranke.example.dk/
            branches:
              - id: b
                name: Borgerservice B
                hours:
                  weekly:
                    monday: ["09:00-14:00"]
                    thursday: ["9-14", "16-18.30"]
                services:
                  - {id: pas, prefix: P, name: {da: Pas, en: Passport}}
                  - {id: koerekort, prefix: K, name: {da: Kørekort, en: Driving licence}}
                desks:
                  - {id: "1", services: [pas, koerekort]}
            tokens:
              - {id: kiosk-1, role: kiosk, branches: [b], secret: kiosk-secret-123}
              - {id: admin, role: admin, secret: admin-secret-1234}
            """;

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void the_sample_configuration_loads_with_six_bilingual_services() {
        // when the shipped sample is loaded
        CentralConfig config = loader.load(Path.of("../config/sample-borgerservice.yaml"));

        // then it has the Dragør branch with six services named in Danish and English
        Branch dragoer = config.branch("dragoer");
        assertThat(dragoer.services()).extracting(Service::id)
                .containsExactly("pas", "koerekort", "sundhedskort", "flytning", "pension", "andet");
        assertThat(dragoer.services()).allSatisfy(s -> {
            assertThat(s.name().da()).isNotBlank();
            assertThat(s.name().en()).isNotBlank();
        });
        // and every digital alternative is an https address ("andet" has none)
        assertThat(dragoer.services()).filteredOn(Service::hasDigitalAlternative).extracting(Service::id)
                .containsExactly("pas", "koerekort", "sundhedskort", "flytning", "pension");
        assertThat(dragoer.services()).filteredOn(Service::hasDigitalAlternative)
                .allSatisfy(s -> assertThat(s.selfServiceUrl()).startsWith("https://"));
        assertThat(dragoer.service("flytning").selfServiceUrl())
                .isEqualTo("https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte");
        assertThat(dragoer.service("pension").weight()).isEqualTo(1.5);
        assertThat(dragoer.desks()).hasSize(3);
        assertThat(config.tokens()).hasSize(8);
        assertThat(config.retentionDays()).isEqualTo(30);
    }

    @Test
    void a_minimal_configuration_loads_with_defaults() {
        CentralConfig config = loader.parse(VALID);

        assertThat(config.publicBaseUrl()).isEqualTo("https://skranke.example.dk");
        assertThat(config.retentionDays()).isEqualTo(30);
        Branch branch = config.branch("b");
        assertThat(branch.hours().zone().getId()).isEqualTo("Europe/Copenhagen");
        assertThat(branch.rules().recallDelay()).hasSeconds(30);
        assertThat(branch.service("pas").defaultServiceTime()).hasMinutes(10);
        assertThat(branch.service("pas").weight()).isEqualTo(1.0);
        assertThat(config.tokens()).extracting(t -> t.role()).containsExactly(Role.KIOSK, Role.ADMIN);
    }

    @Test
    void a_secret_can_come_from_the_environment() {
        String yaml = with(VALID, "secret: kiosk-secret-123", "secret: env:SKRANKE_KIOSK_1");

        CentralConfig config = new ConfigLoader(Map.of("SKRANKE_KIOSK_1", "from-the-environment")).parse(yaml);

        assertThat(config.tokens().get(0).secretSha256()).isEqualTo(Tokens.sha256("from-the-environment"));
    }

    @Test
    void a_misspelt_key_is_named_with_its_path() {
        assertRejected(with(VALID, "    services:", "    servics:"))
                .hasMessageContaining("branches[0].servics");
    }

    @Test
    void a_prefix_that_is_not_one_capital_letter_is_named_with_its_path() {
        assertRejected(with(VALID, "prefix: K", "prefix: pp"))
                .hasMessageContaining("branches[0].services[1].prefix");
    }

    @Test
    void an_unknown_role_is_named_with_its_path() {
        assertRejected(with(VALID, "role: kiosk", "role: superuser"))
                .hasMessageContaining("tokens[0].role");
    }

    @Test
    void a_token_secret_shorter_than_twelve_characters_is_refused() {
        assertRejected(with(VALID, "secret: kiosk-secret-123", "secret: short"))
                .hasMessageContaining("tokens[0].secret").hasMessageContaining("12");
    }

    @Test
    void a_secret_from_a_missing_environment_variable_is_refused_naming_the_variable() {
        assertRejected(with(VALID, "secret: kiosk-secret-123", "secret: env:MISSING_VAR"))
                .hasMessageContaining("tokens[0].secret").hasMessageContaining("MISSING_VAR");
    }

    @Test
    void a_token_for_an_unknown_branch_is_refused() {
        assertRejected(with(VALID, "branches: [b]", "branches: [b, nowhere]"))
                .hasMessageContaining("tokens[0].branches").hasMessageContaining("nowhere");
    }

    @Test
    void a_desk_serving_an_unknown_service_is_named_with_its_path() {
        assertRejected(with(VALID, "services: [pas, koerekort]", "services: [pas, sundhedskort]"))
                .hasMessageContaining("branches[0].desks[0].services").hasMessageContaining("sundhedskort");
    }

    @Test
    void an_interval_that_ends_before_it_starts_is_named_with_its_path() {
        assertRejected(with(VALID, "monday: [\"09:00-14:00\"]", "monday: [\"14-9\"]"))
                .hasMessageContaining("branches[0].hours.weekly.monday[0]");
    }

    @Test
    void an_unknown_weekday_is_named_with_its_path() {
        assertRejected(with(VALID, "monday: [", "funday: ["))
                .hasMessageContaining("branches[0].hours.weekly.funday");
    }

    @Test
    void a_duplicate_service_id_is_named_with_its_path() {
        assertRejected(with(VALID, "{id: koerekort, prefix: K", "{id: pas, prefix: K"))
                .hasMessageContaining("branches[0].services[1].id").hasMessageContaining("pas");
    }

    @Test
    void a_duplicate_prefix_is_named_with_its_path() {
        assertRejected(with(VALID, "prefix: K", "prefix: P"))
                .hasMessageContaining("branches[0].services[1].prefix");
    }

    @Test
    void a_bad_duration_is_named_with_its_path() {
        String yaml = with(VALID, "    services:\n", "    queue: {recallDelay: soon}\n    services:\n");

        assertRejected(yaml).hasMessageContaining("branches[0].queue.recallDelay");
    }

    @Test
    void invalid_yaml_is_reported_with_its_line() {
        assertRejected("branches:\n  - id: b\n    name: [unclosed\ntokens: []\n")
                .hasMessageContaining("not valid YAML").hasMessageContaining("line");
    }

    @Test
    void a_file_that_does_not_exist_is_reported_with_its_name() {
        assertThatThrownBy(() -> loader.load(Path.of("no-such-config.yaml"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no-such-config.yaml");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String yaml) {
        return assertThatThrownBy(() -> loader.parse(yaml)).isInstanceOf(ConfigException.class);
    }

    /** The valid configuration with one change, which must apply exactly once. */
    private static String with(String yaml, String from, String to) {
        assertThat(yaml.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of " + from).hasSize(2);
        return yaml.replace(from, to);
    }
}
