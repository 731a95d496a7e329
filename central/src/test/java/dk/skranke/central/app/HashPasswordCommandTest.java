package dk.skranke.central.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.central.staff.Passwords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** skranke hash-password reads the password from standard input and prints an Argon2id hash. */
class HashPasswordCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void prints_a_hash_that_matches_the_password_read_from_standard_input() {
        // when a password followed by a line break is piped in
        int code = run("en god lang adgangskode\n");

        // then the printed hash matches the password without the line break
        String hash = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(code).isZero();
        assertThat(hash).startsWith("$argon2id$");
        assertThat(new Passwords().matches("en god lang adgangskode", hash)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("adgangskode");
    }

    @Test
    void refuses_a_short_password_without_printing_anything() {
        int code = run("kort\n");
        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be 10 to 1024 characters");
    }

    @Test
    void is_a_subcommand_of_skranke() {
        CommandLine cli = new CommandLine(new Main());
        assertThat(cli.getSubcommands()).containsKey("hash-password");
    }

    private int run(String stdin) {
        HashPasswordCommand command = new HashPasswordCommand(new ByteArrayInputStream(stdin.getBytes(
                StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null);
        return new CommandLine(command).execute();
    }
}
