package dk.skranke.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.LocalizedText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every value is read with the key it came from, so every error names the exact key that is wrong. */
class ConfigNodeTest {

    @Test
    void an_error_deep_in_the_file_names_the_full_path_of_its_key() {
        // given a list of mappings
        ConfigNode root = YamlFiles.parse("branches:\n  - id: a\n  - id: b\n    services: [x, y, '']\n");

        // when the empty entry of the second branch is read, then its path is in the message
        ConfigNode services = root.child("branches").list().get(1).child("services");
        assertThatThrownBy(services::texts).isInstanceOf(ConfigException.class)
                .hasMessage("branches[1].services[2]: must not be empty");
    }

    @Test
    void an_error_at_the_top_level_says_so() {
        assertThatThrownBy(() -> YamlFiles.parse("- just a list").allowOnly(Set.of("central")))
                .hasMessage("(top level): must be a mapping of keys to values");
    }

    @Test
    void a_misspelt_key_is_named_and_the_known_keys_are_listed_in_order() {
        assertThatThrownBy(() -> YamlFiles.parse("central: {timout: 5s}").child("central")
                .allowOnly(Set.of("url", "timeout")))
                .hasMessage("central.timout: unknown key; expected one of [timeout, url]");
    }

    @Test
    void a_missing_key_is_absent_at_any_depth_and_required_says_so() {
        ConfigNode missing = YamlFiles.parse("a: 1").child("b").child("c");

        assertThat(missing.isPresent()).isFalse();
        assertThat(YamlFiles.parse("a: ~").has("a")).isFalse();
        assertThat(missing.textOr("fallback")).isEqualTo("fallback");
        assertThat(missing.listOrEmpty()).isEmpty();
        assertThatThrownBy(missing::text).hasMessage("b.c: is required");
    }

    @Test
    void text_is_trimmed_and_must_be_a_single_non_empty_value() {
        ConfigNode root = YamlFiles.parse("name: '  Pas  '\nblank: '  '\nmap: {a: 1}\nnumber: 7\n");

        assertThat(root.child("name").text()).isEqualTo("Pas");
        assertThat(root.child("number").text()).isEqualTo("7");
        assertThatThrownBy(() -> root.child("blank").text()).hasMessage("blank: must not be empty");
        assertThatThrownBy(() -> root.child("map").text()).hasMessage("map: must be a single value");
    }

    @Test
    void a_list_where_a_single_value_stands_is_refused() {
        assertThatThrownBy(() -> YamlFiles.parse("desks: one").child("desks").list())
                .hasMessage("desks: must be a list");
    }

    @Test
    void keys_are_read_in_file_order() {
        ConfigNode weekly = YamlFiles.parse("weekly: {monday: [], friday: [], tuesday: []}").child("weekly");

        List<String> keys = new ArrayList<>();
        weekly.keys().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("monday", "friday", "tuesday");
    }

    @Test
    void whole_numbers_booleans_and_decimals_are_checked_and_defaulted() {
        ConfigNode root = YamlFiles.parse("port: 70000\nsize: 2.5\nsound: yes please\nflag: false\nweight: 1.5\n");

        assertThat(root.child("flag").bool(true)).isFalse();
        assertThat(root.child("absent").bool(true)).isTrue();
        assertThat(root.child("weight").decimal(1.0)).isEqualTo(1.5);
        assertThat(root.child("absent").integer(8090, 0, 65535)).isEqualTo(8090);
        assertThatThrownBy(() -> root.child("port").integer(8090, 0, 65535))
                .hasMessage("port: must be a whole number from 0 to 65535");
        assertThatThrownBy(() -> root.child("size").integer(50, 1, 500))
                .hasMessage("size: must be a whole number from 1 to 500");
        assertThatThrownBy(() -> root.child("sound").bool(true)).hasMessage("sound: must be true or false");
        assertThatThrownBy(() -> root.child("sound").decimal(1)).hasMessage("sound: must be a number");
    }

    @Test
    void durations_are_read_in_every_short_form_and_in_iso_8601() {
        ConfigNode root = YamlFiles.parse("a: 1500ms\nb: 30s\nc: 15m\nd: 2h\ne: 1d\nf: PT1.5S\ng: 5 M\n");

        assertThat(root.child("a").duration(null)).hasMillis(1500);
        assertThat(root.child("b").duration(null)).hasSeconds(30);
        assertThat(root.child("c").duration(null)).hasMinutes(15);
        assertThat(root.child("d").duration(null)).hasHours(2);
        assertThat(root.child("e").duration(null)).hasDays(1);
        assertThat(root.child("f").duration(null)).hasMillis(1500);
        assertThat(root.child("g").duration(null)).hasMinutes(5);
        assertThat(root.child("absent").duration(Duration.ofSeconds(3))).hasSeconds(3);
    }

    @Test
    void a_duration_that_cannot_be_read_is_refused_with_examples() {
        assertThatThrownBy(() -> YamlFiles.parse("queue: {recallDelay: Soon}").child("queue").child("recallDelay")
                .duration(null))
                .hasMessage("queue.recallDelay: must be a duration such as 1500ms, 30s, 15m, 2h, 1d or PT15M"
                        + " (got 'soon')");
        assertThatThrownBy(() -> YamlFiles.parse("t: 99999999999999999999d").child("t").duration(null))
                .hasMessageStartingWith("t: must be a duration such as");
    }

    @Test
    void a_duration_outside_its_range_is_refused_with_the_range_in_milliseconds() {
        ConfigNode timeout = YamlFiles.parse("timeout: 90s").child("timeout");

        assertThatThrownBy(() -> timeout.duration(null, Duration.ofMillis(100),
                Duration.ofSeconds(30)))
                .hasMessage("timeout: must be between 100ms and 30000ms (got '90s')");
    }

    @Test
    void a_fallback_duration_is_not_checked_against_the_range() {
        assertThat(YamlFiles.parse("{}").child("timeout").duration(Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(2))).isZero();
    }

    @Test
    void a_localized_text_needs_danish_and_english_and_nothing_else() {
        ConfigNode root = YamlFiles.parse("ok: {da: Pas, en: Passport}\nhalf: {da: Pas}\nextra: {da: a, en: b, de: c}\n");

        assertThat(root.child("ok").localizedText()).isEqualTo(new LocalizedText("Pas", "Passport"));
        assertThatThrownBy(() -> root.child("half").localizedText()).hasMessage("half.en: is required");
        assertThatThrownBy(() -> root.child("extra").localizedText())
                .hasMessage("extra.de: unknown key; expected one of [da, en]");
    }

    @Test
    void a_secret_written_as_env_name_is_read_trimmed_from_the_environment() {
        ConfigNode root = YamlFiles.parse("from: env:SKRANKE_TOKEN\nliteral: in-the-file\n");

        assertThat(root.child("from").secret(Map.of("SKRANKE_TOKEN", " from-env\n"))).isEqualTo("from-env");
        assertThat(root.child("literal").secret(Map.of())).isEqualTo("in-the-file");
    }

    @Test
    void a_secret_from_an_unset_or_blank_variable_is_refused_naming_the_variable_only() {
        ConfigNode token = YamlFiles.parse("central: {token: env:SKRANKE_TOKEN}").child("central").child("token");

        assertThatThrownBy(() -> token.secret(Map.of()))
                .hasMessage("central.token: environment variable SKRANKE_TOKEN is not set");
        assertThatThrownBy(() -> token.secret(Map.of("SKRANKE_TOKEN", "  ")))
                .hasMessage("central.token: environment variable SKRANKE_TOKEN is not set");
    }

    @Test
    void a_bearer_token_must_be_printable_ascii_without_spaces() {
        ConfigNode token = YamlFiles.parse("token: env:T").child("token");

        assertThat(token.bearerToken(Map.of("T", "abc-123"))).isEqualTo("abc-123");
        assertThatThrownBy(() -> token.bearerToken(Map.of("T", "two words")))
                .hasMessage("token: must be at most 512 printable ASCII characters without spaces");
        assertThatThrownBy(() -> token.bearerToken(Map.of("T", "x".repeat(513))))
                .hasMessageStartingWith("token: must be at most 512");
    }

    @Test
    void an_address_must_be_http_or_https_with_a_host() {
        ConfigNode root = YamlFiles.parse("ok: https://central.local:8080/\nftp: ftp://x\nbroken: 'http://a b'\n"
                + "hostless: 'http:/x'\n");

        assertThat(root.child("ok").httpUrl()).isEqualTo("https://central.local:8080/");
        assertThatThrownBy(() -> root.child("ftp").httpUrl())
                .hasMessage("ftp: must be an http:// or https:// address (got 'ftp://x')");
        assertThatThrownBy(() -> root.child("broken").httpUrl()).hasMessageStartingWith("broken: must be an http://");
        assertThatThrownBy(() -> root.child("hostless").httpUrl()).hasMessageStartingWith("hostless: must be an http://");
    }

    @Test
    void an_identifier_is_letters_digits_underscore_and_dash() {
        ConfigNode root = YamlFiles.parse("ok: kiosk_1-a\nbad: kiosk 1\n");

        assertThat(root.child("ok").identifier()).isEqualTo("kiosk_1-a");
        assertThatThrownBy(() -> root.child("bad").identifier())
                .hasMessage("bad: must be 1-64 letters, digits, '_' or '-' (got 'kiosk 1')");
    }

    @Test
    void a_path_falls_back_when_absent_and_an_impossible_path_is_refused() {
        ConfigNode root = YamlFiles.parse("data: /var/lib/x\nbad: \"a\\0b\"\n");

        assertThat(root.child("data").pathOr("/tmp")).isEqualTo(Path.of("/var/lib/x"));
        assertThat(root.child("absent").pathOr("/tmp")).isEqualTo(Path.of("/tmp"));
        assertThatThrownBy(() -> root.child("bad").pathOr("/tmp")).hasMessageStartingWith("bad: is not a valid path: ");
    }

    @Test
    void building_a_domain_value_names_the_key_of_what_it_rejects() {
        ConfigNode service = YamlFiles.parse("services: [{prefix: pp}]").child("services").list().get(0);

        assertThatThrownBy(() -> service.build(s -> {
            throw new InvalidInputException("prefix", "must be one capital letter");
        })).isInstanceOf(ConfigException.class).hasMessage("services[0].prefix: must be one capital letter");
        assertThatThrownBy(() -> service.build(s -> {
            throw new IllegalArgumentException("ends before it starts");
        })).isInstanceOf(ConfigException.class).hasMessage("services[0]: ends before it starts");
        String prefix = service.build(s -> s.child("prefix").text());
        assertThat(prefix).isEqualTo("pp");
    }
}
