package dk.skranke.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlFilesTest {

    @Test
    void a_file_is_read_into_its_top_level_node(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "central: {url: 'http://c'}\n");

        ConfigNode root = YamlFiles.read(file);

        assertThat(root.path()).isEmpty();
        assertThat(root.child("central").child("url").text()).isEqualTo("http://c");
    }

    @Test
    void a_file_that_cannot_be_read_is_named_in_the_error() {
        assertThatThrownBy(() -> YamlFiles.read(Path.of("/nonexistent/kiosk.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cannot read configuration file /nonexistent/kiosk.yaml: ");
    }

    @Test
    void invalid_yaml_is_reported_with_its_line() {
        assertThatThrownBy(() -> YamlFiles.parse("branches:\n  - id: b\n    name: [unclosed\ntokens: []\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("the configuration is not valid YAML: ").hasMessageContaining("(line ");
    }

    @Test
    void an_empty_file_has_no_top_level_and_says_it_is_required() {
        assertThatThrownBy(() -> YamlFiles.parse("").required()).hasMessage("(top level): is required");
    }
}
