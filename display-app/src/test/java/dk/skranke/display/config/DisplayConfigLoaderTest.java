package dk.skranke.display.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.config.ConfigException;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.buttons.ButtonAction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayConfigLoaderTest {
    private static final String MINIMAL = """
            central:
              url: http://central.local:8080/
              token: env:SKRANKE_DISPLAY_TOKEN
              device: display-1
              branch: dragoer
            """;

    private final DisplayConfigLoader loader = new DisplayConfigLoader(Map.of(
            "SKRANKE_DISPLAY_TOKEN", "secret-display", "SKRANKE_DESK_1", "secret-desk-1"));

    private static String withDesks(String rest) {
        return MINIMAL + """
                desks:
                  - {desk: "1", displayAddress: 1, token: env:SKRANKE_DESK_1}
                  - {desk: "2", displayAddress: 2}
                """ + rest;
    }

    @Test
    void reads_the_demo_configuration_of_the_repository() {
        DisplayConfig config = new DisplayConfigLoader(Map.of()).load(Path.of("../config/display-demo.yaml"));

        assertThat(config.central().apiBase()).isEqualTo("http://127.0.0.1:8080/api/v1");
        assertThat(config.central().token()).isEqualTo("demo-display-1-token");
        assertThat(config.central().device()).isEqualTo("display-1");
        assertThat(config.http().port()).isEqualTo(8091);
        assertThat(config.desks()).hasSize(3);
        assertThat(config.desk("2").orElseThrow().token()).isEqualTo("demo-desk-2-token");
        assertThat(config.info().lines()).isNotEmpty();
        assertThat(config.hardware().mode()).isEqualTo(HardwareMode.SIMULATED);
        assertThat(config.hardware().sound()).isTrue();
        assertThat(config.hardware().buttons().find("3", ButtonAction.RECALL)).get()
                .extracting(b -> b.pin()).isEqualTo(25);
    }

    @Test
    void fills_in_defaults_for_a_minimal_file() {
        DisplayConfig config = loader.parse(MINIMAL);

        assertThat(config.central().url()).isEqualTo("http://central.local:8080");
        assertThat(config.central().token()).isEqualTo("secret-display");
        assertThat(config.central().streamSilence()).isEqualTo(Duration.ofSeconds(40));
        assertThat(config.http()).isEqualTo(new DisplayConfig.Http("127.0.0.1", 8091));
        assertThat(config.data()).isEqualTo(Path.of("/var/lib/skranke-display"));
        assertThat(config.room()).isEqualTo(DisplayConfig.Room.DEFAULTS);
        assertThat(config.hardware().buttons()).isNull();
        assertThat(config.hardwareSettings().displays()).isNull();
        assertThat(config.zone()).isEqualTo(java.time.ZoneId.of("Europe/Copenhagen"));
    }

    @Test
    void the_branch_zone_must_be_a_region_not_an_offset_or_a_typo() {
        assertThat(loader.parse(MINIMAL + "zone: Atlantic/Faroe\n").zone()).isEqualTo(java.time.ZoneId.of("Atlantic/Faroe"));
        assertThatThrownBy(() -> loader.parse(MINIMAL + "zone: Europe/Kobenhavn\n")).hasMessageStartingWith("zone: ")
                .hasMessageContaining("Kobenhavn");
        assertThatThrownBy(() -> loader.parse(MINIMAL + "zone: \"+01:00\"\n")).hasMessageStartingWith("zone: ")
                .hasMessageContaining("region");
    }

    @Test
    void names_the_key_of_a_missing_token() {
        assertThatThrownBy(() -> loader.parse(MINIMAL.replace("  token: env:SKRANKE_DISPLAY_TOKEN\n", "")))
                .isInstanceOf(ConfigException.class).hasMessage("central.token: is required");
    }

    @Test
    void names_the_desk_whose_token_variable_is_not_set() {
        String yaml = MINIMAL + "desks:\n  - {desk: \"1\"}\n  - {desk: \"2\", token: env:SKRANKE_DESK_2}\n";

        assertThatThrownBy(() -> loader.parse(yaml))
                .hasMessage("desks[1].token: environment variable SKRANKE_DESK_2 is not set");
    }

    @Test
    void rejects_a_misspelt_key_and_lists_the_known_ones() {
        assertThatThrownBy(() -> loader.parse(MINIMAL + "hardwere: {mode: real}\n"))
                .hasMessageStartingWith("hardwere: unknown key; expected one of [buttons, central,");
    }

    @Test
    void rejects_two_desks_on_one_display_address() {
        String yaml = MINIMAL + "desks:\n  - {desk: \"1\", displayAddress: 4}\n  - {desk: \"2\", displayAddress: 4}\n";

        assertThatThrownBy(() -> loader.parse(yaml))
                .hasMessage("desks[1].displayAddress: address 4 is already used by desks[0]");
    }

    @Test
    void rejects_a_button_for_a_desk_without_a_token() {
        String yaml = withDesks("buttons:\n  pins:\n    - {pin: 17, desk: \"2\", action: next}\n");

        assertThatThrownBy(() -> loader.parse(yaml))
                .hasMessage("buttons.pins[0].desk: desk '2' has buttons, so desks[] needs its token");
    }

    @Test
    void rejects_a_pin_used_twice_naming_the_entry() {
        String yaml = withDesks("buttons:\n  pins:\n    - {pin: 17, desk: \"1\", action: next}\n"
                + "    - {pin: 17, desk: \"1\", action: recall}\n");

        assertThatThrownBy(() -> loader.parse(yaml)).hasMessageStartingWith("buttons.pins[1].pin: GPIO 17 is already used");
    }

    @Test
    void rejects_an_unknown_button_action() {
        String yaml = withDesks("buttons:\n  pins:\n    - {pin: 17, desk: \"1\", action: jump}\n");

        assertThatThrownBy(() -> loader.parse(yaml)).hasMessageStartingWith("buttons.pins[0].action: unknown button action 'jump'");
    }

    @Test
    void real_hardware_needs_a_display_bus_when_desks_have_displays() {
        assertThatThrownBy(() -> loader.parse(withDesks("hardware: {mode: real}\n")))
                .hasMessageStartingWith("hardware.displays: is required with mode real");
    }

    @Test
    void maps_buttons_displays_and_sound_onto_the_hardware_settings() {
        DisplayConfig config = loader.parse(withDesks("""
                buttons:
                  wiring: active-high
                  debounce: 40ms
                  pins:
                    - {pin: 5, desk: "1", action: next}
                hardware:
                  mode: real
                  sound: false
                  displays: {port: /dev/ttyUSB1, baud: 19200, protocol: modbus}
                """));

        var settings = config.hardwareSettings();
        assertThat(settings.mode()).isEqualTo(HardwareMode.REAL);
        assertThat(settings.printer()).isNull();
        assertThat(settings.sound()).isFalse();
        assertThat(settings.displays().port()).isEqualTo("/dev/ttyUSB1");
        assertThat(settings.displays().baudRate()).isEqualTo(19200);
        assertThat(settings.displays().protocol().name()).isEqualTo("modbus");
        assertThat(settings.buttons().debounce()).isEqualTo(Duration.ofMillis(40));
        assertThat(settings.buttons().find("1", ButtonAction.NEXT)).isPresent();
    }

    @Test
    void simulated_desk_displays_need_no_port() {
        DisplayConfig config = loader.parse(withDesks("hardware: {mode: simulated}\n"));

        assertThat(config.hardwareSettings().displays()).isNotNull();
    }

    @Test
    void never_shows_a_token_in_its_text_form() {
        DisplayConfig config = loader.parse(withDesks(""));

        assertThat(config.toString()).doesNotContain("secret-display").doesNotContain("secret-desk-1");
    }

    @Test
    void rejects_an_address_that_is_not_http() {
        assertThatThrownBy(() -> loader.parse(MINIMAL.replace("http://central.local:8080/", "ftp://central")))
                .hasMessage("central.url: must be an http:// or https:// address (got 'ftp://central')");
    }
}
