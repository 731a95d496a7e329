package dk.skranke.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.config.ConfigException;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.printer.PaperWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KioskConfigLoaderTest {
    private static final String DOCUMENTED = """
            central:
              url: http://central.local:8080/
              token: env:SKRANKE_KIOSK_TOKEN
              device: kiosk-1
              branch: dragoer
              timeout: 1500ms
            zone: Europe/Copenhagen
            http:
              host: 127.0.0.1
              port: 8090
            data: /var/lib/skranke-kiosk
            idleSeconds: 60
            numberBlocks:
              size: 50
              refillBelow: 15
            digitalChannels:
              - name: {da: borger.dk, en: borger.dk}
                url: https://www.borger.dk/
            hardware:
              mode: real
              printer: {connection: serial, port: /dev/ttyUSB0, baud: 19200}
              paper: 58mm
            """;
    private final KioskConfigLoader loader = new KioskConfigLoader(Map.of("SKRANKE_KIOSK_TOKEN", "secret-from-env"));

    @Test
    void reads_the_documented_example() {
        KioskConfig config = loader.parse(DOCUMENTED);

        assertThat(config.central().apiBase()).isEqualTo("http://central.local:8080/api/v1");
        assertThat(config.central().token()).isEqualTo("secret-from-env");
        assertThat(config.central().timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.central().heartbeat()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.http().port()).isEqualTo(8090);
        assertThat(config.data()).isEqualTo(Path.of("/var/lib/skranke-kiosk"));
        assertThat(config.numberBlocks()).isEqualTo(new KioskConfig.NumberBlocks(50, 15));
        assertThat(config.digitalChannels()).singleElement().satisfies(c -> assertThat(c.url())
                .isEqualTo("https://www.borger.dk/"));
        assertThat(config.hardware().mode()).isEqualTo(HardwareMode.REAL);
        assertThat(config.hardware().printer().address()).isEqualTo("/dev/ttyUSB0");
        assertThat(config.hardware().paper()).isEqualTo(PaperWidth.MM_58);
    }

    @Test
    void the_branch_zone_defaults_to_copenhagen_and_must_be_a_region_not_an_offset_or_a_typo() {
        // given the documented file without its zone line
        String withoutZone = DOCUMENTED.replace("zone: Europe/Copenhagen\n", "");
        // then
        assertThat(loader.parse(DOCUMENTED).zone()).isEqualTo(java.time.ZoneId.of("Europe/Copenhagen"));
        assertThat(loader.parse(withoutZone).zone()).isEqualTo(java.time.ZoneId.of("Europe/Copenhagen"));
        assertThatThrownBy(() -> loader.parse(withoutZone + "zone: Europe/Kobenhavn\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("zone").hasMessageContaining("Kobenhavn");
        assertThatThrownBy(() -> loader.parse(withoutZone + "zone: \"+01:00\"\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("zone").hasMessageContaining("region");
    }

    @Test
    void never_shows_the_token_in_its_string_form() {
        assertThat(loader.parse(DOCUMENTED).toString()).doesNotContain("secret-from-env");
    }

    @Test
    void fills_in_defaults_for_everything_but_central() {
        KioskConfig config = loader.parse("""
                central: {url: "http://c:8080", token: abcdefghijkl, device: kiosk-1, branch: dragoer}
                """);

        assertThat(config.http()).isEqualTo(new KioskConfig.Http("127.0.0.1", 8090));
        assertThat(config.idleSeconds()).isEqualTo(60);
        assertThat(config.hardware().mode()).isEqualTo(HardwareMode.SIMULATED);
        assertThat(config.hardware().paper()).isEqualTo(PaperWidth.MM_80);
        assertThat(config.central().timeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void maps_tcp_and_device_printers_to_the_hardware_connection() {
        String base = "central: {url: 'http://c', token: abcdefghijkl, device: k, branch: b}\n";
        assertThat(loader.parse(base + "hardware: {mode: real, printer: {connection: tcp, host: 10.0.0.9, port: 9100}}")
                .hardware().printer().address()).isEqualTo("10.0.0.9:9100");
        assertThat(loader.parse(base + "hardware: {mode: real, printer: {connection: device, path: /dev/usb/lp0}}")
                .hardware().printer().kind()).isEqualTo("device");
    }

    @Test
    void names_the_key_of_each_mistake() {
        assertError(DOCUMENTED.replace("1500ms", "soon"), "central.timeout: ");
        assertError(DOCUMENTED.replace("1500ms", "90s"), "central.timeout: ");
        assertError(DOCUMENTED.replace("http://central.local:8080/", "ftp://x"), "central.url: ");
        assertError(DOCUMENTED.replace("device: kiosk-1", "device: kiosk 1"), "central.device: ");
        assertError(DOCUMENTED.replace("port: 8090", "port: 70000"), "http.port: ");
        assertError(DOCUMENTED.replace("refillBelow: 15", "refillBelow: 51"), "numberBlocks.refillBelow: ");
        assertError(DOCUMENTED.replace("size: 50", "size: 0"), "numberBlocks.size: ");
        assertError(DOCUMENTED.replace("https://www.borger.dk/", "borger.dk"), "digitalChannels[0].url: ");
        assertError(DOCUMENTED.replace("mode: real", "mode: maybe"), "hardware.mode: ");
        assertError(DOCUMENTED.replace("paper: 58mm", "paper: A4"), "hardware.paper: ");
        assertError(DOCUMENTED.replace("connection: serial", "connection: usb"), "hardware.printer.connection: ");
        assertError(DOCUMENTED.replace("idleSeconds: 60", "idleSeconds: 1"), "idleSeconds: ");
        assertError(DOCUMENTED.replace("  branch: dragoer\n", ""), "central.branch: is required");
        assertError(DOCUMENTED.replace("timeout:", "timout:"), "central.timout: unknown key");
    }

    @Test
    void names_a_missing_environment_variable_without_revealing_secrets() {
        assertThatThrownBy(() -> new KioskConfigLoader(Map.of()).parse(DOCUMENTED))
                .isInstanceOf(ConfigException.class)
                .hasMessage("central.token: environment variable SKRANKE_KIOSK_TOKEN is not set");
    }

    @Test
    void rejects_broken_yaml_and_missing_files_with_a_message() {
        assertThatThrownBy(() -> loader.parse("central: [unclosed")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("the configuration is not valid YAML");
        assertThatThrownBy(() -> loader.load(Path.of("/nonexistent/kiosk.yaml"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("/nonexistent/kiosk.yaml");
    }

    @Test
    void loads_the_demo_configuration_of_the_repository() throws Exception {
        Path demo = Path.of("../config/kiosk-demo.yaml");
        KioskConfig config = loader.load(demo);

        assertThat(Files.exists(demo)).isTrue();
        assertThat(config.central().token()).isEqualTo("demo-kiosk-1-token");
        assertThat(config.central().device()).isEqualTo("kiosk-1");
        assertThat(config.central().branch()).isEqualTo("dragoer");
        assertThat(config.hardware().mode()).isEqualTo(HardwareMode.SIMULATED);
    }

    private void assertError(String yaml, String start) {
        assertThatThrownBy(() -> loader.parse(yaml)).isInstanceOf(ConfigException.class).hasMessageStartingWith(start);
    }
}
