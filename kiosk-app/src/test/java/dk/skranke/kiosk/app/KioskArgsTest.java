package dk.skranke.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KioskArgsTest {

    @Test
    void reads_every_option_in_both_spellings() {
        KioskArgs args = KioskArgs.parse("--config", "k.yaml", "--port=0", "--data", "/tmp/d",
                "--central=http://127.0.0.1:8080");

        assertThat(args.config()).isEqualTo(Path.of("k.yaml"));
        assertThat(args.port()).isZero();
        assertThat(args.data()).isEqualTo(Path.of("/tmp/d"));
        assertThat(args.central()).isEqualTo("http://127.0.0.1:8080");
        assertThat(args.help() || args.version()).isFalse();
    }

    @Test
    void leaves_unset_options_to_the_configuration_file() {
        KioskArgs args = KioskArgs.parse("--config=k.yaml");

        assertThat(args.port()).isNull();
        assertThat(args.data()).isNull();
        assertThat(args.central()).isNull();
    }

    @Test
    void answers_help_and_version_without_a_configuration() {
        assertThat(KioskArgs.parse("--help").help()).isTrue();
        assertThat(KioskArgs.parse("-V").version()).isTrue();
        assertThat(KioskArgs.USAGE).contains("--config", "--port", "--data", "--central");
    }

    @Test
    void refuses_missing_config_unknown_options_missing_values_and_bad_ports() {
        assertThatThrownBy(() -> KioskArgs.parse()).hasMessageContaining("--config");
        assertThatThrownBy(() -> KioskArgs.parse("--config", "k.yaml", "--verbose"))
                .hasMessageContaining("unknown option: '--verbose'");
        assertThatThrownBy(() -> KioskArgs.parse("--config")).hasMessageContaining("missing value");
        assertThatThrownBy(() -> KioskArgs.parse("--config=k.yaml", "--port", "http"))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> KioskArgs.parse("--config=k.yaml", "--port=70000")).hasMessageContaining("--port");
    }
}
