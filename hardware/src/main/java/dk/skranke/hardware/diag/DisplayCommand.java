package dk.skranke.hardware.diag;

import dk.skranke.hardware.display.AsciiFrameProtocol;
import dk.skranke.hardware.display.DeskDisplays;
import dk.skranke.hardware.display.DisplayBusConfig;
import dk.skranke.hardware.display.DisplayStatus;
import dk.skranke.hardware.display.ModbusRtuProtocol;
import dk.skranke.hardware.display.SerialDeskDisplayBus;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hw display --address 3 P017}: shows a number on one desk display, or clears it. */
@Command(name = "display", mixinStandardHelpOptions = true, description = "Show a number on a desk display.")
final class DisplayCommand implements Callable<Integer> {
    @Option(names = "--port", description = "serial port of the display bus, e.g. /dev/ttyUSB1")
    String port;

    @Option(names = "--simulated", description = "use the simulator instead of a serial bus")
    boolean simulated;

    @Option(names = "--address", required = true, description = "bus address of the display (1-247)")
    int address;

    @Option(names = "--protocol", defaultValue = "ascii", description = "ascii or modbus (default ${DEFAULT-VALUE})")
    String protocol;

    @Option(names = "--baud", defaultValue = "9600")
    int baud;

    @Parameters(arity = "0..1", description = "text such as P017; none clears the display")
    String text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (simulated == (port != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --port or --simulated");
        }
        try (DeskDisplays displays = open()) {
            DisplayStatus status = text == null ? displays.clear(address) : displays.show(address, text);
            spec.commandLine().getOut().println("display " + address + ": " + status.state().name().toLowerCase()
                    + (status.detail().isEmpty() ? "" : " (" + status.detail() + ")"));
            spec.commandLine().getOut().flush();
            return status.isOk() ? 0 : 1;
        }
    }

    private DeskDisplays open() {
        if (simulated) {
            return new SimulatedDeskDisplays();
        }
        DisplayBusConfig config = DisplayBusConfig.forPort(port).withBaudRate(baud);
        return SerialDeskDisplayBus.start(switch (protocol) {
            case "ascii" -> config.withProtocol(new AsciiFrameProtocol());
            case "modbus" -> config.withProtocol(new ModbusRtuProtocol());
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--protocol must be ascii or modbus");
        });
    }
}
