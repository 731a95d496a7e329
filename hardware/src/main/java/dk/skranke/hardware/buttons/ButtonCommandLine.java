package dk.skranke.hardware.buttons;

import dk.skranke.core.error.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Objects;

/**
 * Lets a developer press simulated desk buttons by typing lines such as {@code next 3} or {@code recall 2};
 * {@code quit} or end of input stops. The diagnostics CLI wires it to stdin and stdout.
 */
public final class ButtonCommandLine {
    private final SimulatedDeskButtons buttons;

    public ButtonCommandLine(SimulatedDeskButtons buttons) {
        this.buttons = Objects.requireNonNull(buttons, "buttons");
    }

    /** A typed line understood as a press: {@code <action> <desk>}. */
    public record Command(ButtonAction action, String deskId) {
    }

    /** The press a line asks for; throws {@link InvalidInputException} with a usage hint otherwise. */
    public static Command parse(String line) {
        String[] words = line == null ? new String[0] : line.strip().split("\\s+");
        if (words.length != 2 || words[0].isEmpty()) {
            throw new InvalidInputException("line", "expected '<action> <desk>', e.g. 'next 3' (actions: "
                    + ButtonAction.words() + ")");
        }
        return new Command(ButtonAction.parse("action", words[0]), words[1]);
    }

    /** Reads lines until {@code quit} or end of input, pressing a button per valid line; blocks. */
    public void run(Reader in, PrintWriter out) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        out.println("Type '<action> <desk>' to press a button, e.g. 'next 3'; 'quit' to stop.");
        out.flush();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().equalsIgnoreCase("quit")) {
                break;
            }
            handle(line, out);
            out.flush();
        }
    }

    private void handle(String line, PrintWriter out) {
        try {
            Command command = parse(line);
            buttons.press(command.deskId(), command.action());
            out.println("pressed " + command.action().word() + " at desk " + command.deskId());
        } catch (InvalidInputException e) {
            out.println(e.reason());
        }
    }
}
