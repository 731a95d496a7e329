package dk.skranke.central.app;

import dk.skranke.central.staff.Passwords;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code skranke hash-password}: reads a password from standard input (asked twice, unechoed, on
 * a terminal) and prints its Argon2id hash for a user's {@code passwordHash} in central's YAML.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Print the Argon2id hash of a password read from standard input,",
                "for 'passwordHash' of a user in central's configuration.",
                "Example: printf '%s' \"$PASSWORD\" | skranke hash-password"})
final class HashPasswordCommand implements Callable<Integer> {
    static final int MIN_LENGTH = 10;

    @Option(names = "--no-prompt", description = "read standard input even on a terminal")
    boolean noPrompt;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Console console;

    HashPasswordCommand() {
        this(System.in, System.out, System.err, System.console());
    }

    HashPasswordCommand(InputStream in, PrintStream out, PrintStream err, Console console) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        String password = console != null && !noPrompt ? prompt() : readStdin();
        if (password == null) {
            return 2;
        }
        if (password.length() < MIN_LENGTH || password.length() > Passwords.MAX_LENGTH) {
            err.println("skranke: the password must be " + MIN_LENGTH + " to " + Passwords.MAX_LENGTH
                    + " characters long");
            return 2;
        }
        out.println(new Passwords().hash(password));
        return 0;
    }

    private String prompt() {
        char[] first = console.readPassword("Password: ");
        char[] again = console.readPassword("Again: ");
        try {
            if (first == null || !Arrays.equals(first, again)) {
                err.println("skranke: the two passwords differ");
                return null;
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }

    /** The whole input without one trailing line break (so both echo and printf work). */
    private String readStdin() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
