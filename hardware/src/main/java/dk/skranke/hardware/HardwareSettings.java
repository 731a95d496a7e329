package dk.skranke.hardware;

import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.display.DisplayBusConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The devices one app drives. A device left null is not attached to this app (a kiosk has a
 * printer, a display Pi has buttons, displays and sound). In simulated mode the connection details
 * are not used; the simulated printer writes its tickets under {@code simulatorDir}.
 */
public record HardwareSettings(HardwareMode mode, PrinterConnection printer, ButtonMapping buttons,
        DisplayBusConfig displays, boolean sound, Path simulatorDir) {

    public HardwareSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(simulatorDir, "simulatorDir");
    }
}
