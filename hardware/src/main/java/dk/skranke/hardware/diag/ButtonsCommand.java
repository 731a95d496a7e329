package dk.skranke.hardware.diag;

import dk.skranke.hardware.buttons.ButtonBinding;
import dk.skranke.hardware.buttons.ButtonCommandLine;
import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.buttons.DeskButtons;
import dk.skranke.hardware.buttons.GpioDeskButtons;
import dk.skranke.hardware.buttons.SimulatedDeskButtons;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hw buttons}: shows desk-button presses live, until Ctrl+C or end of input. */
@Command(name = "buttons", mixinStandardHelpOptions = true, description = "Show desk-button presses live.")
final class ButtonsCommand implements Callable<Integer> {
    @Option(names = "--pin", description = "BCM pin, desk and action, e.g. 17=3:next (repeatable)")
    List<String> pins = new ArrayList<>();

    @Option(names = "--simulated", description = "type presses such as 'next 3' instead of reading GPIO")
    boolean simulated;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (simulated) {
            try (SimulatedDeskButtons buttons = new SimulatedDeskButtons(Clock.systemUTC())) {
                buttons.subscribe(press -> out.println("press: desk " + press.deskId() + " " + press.action()));
                new ButtonCommandLine(buttons).run(new InputStreamReader(System.in, StandardCharsets.UTF_8), out);
                return 0;
            }
        }
        try (DeskButtons buttons = GpioDeskButtons.openOnGpiod(mapping(), Clock.systemUTC())) {
            out.println("buttons: " + buttons.status());
            out.flush();
            if (!buttons.status().isOk()) {
                return 1;
            }
            buttons.subscribe(press -> {
                out.println("press: desk " + press.deskId() + " " + press.action() + " at " + press.at());
                out.flush();
            });
            Thread.currentThread().join();
            return 0;
        }
    }

    private ButtonMapping mapping() {
        if (pins.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one --pin, e.g. --pin 17=3:next");
        }
        List<ButtonBinding> bindings = new ArrayList<>();
        for (String pin : pins) {
            String[] parts = pin.split("[=:]");
            if (parts.length != 3) {
                throw new ParameterException(spec.commandLine(), "--pin expects PIN=DESK:ACTION, got '" + pin + "'");
            }
            bindings.add(ButtonBinding.of(Integer.parseInt(parts[0]), parts[1], parts[2]));
        }
        return ButtonMapping.of(bindings);
    }
}
