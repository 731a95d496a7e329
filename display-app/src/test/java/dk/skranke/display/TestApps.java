package dk.skranke.display;

import dk.skranke.display.config.DisplayConfig;
import dk.skranke.hardware.HardwareMode;
import dk.skranke.hardware.buttons.ButtonBinding;
import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.display.DisplayBusConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Configurations for a display app against a {@link FakeCentral}: desks 1-3 on display addresses 1-3 with buttons. */
public final class TestApps {
    private TestApps() {
    }

    public static List<DisplayConfig.DeskSetup> desks() {
        List<DisplayConfig.DeskSetup> desks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            desks.add(new DisplayConfig.DeskSetup(String.valueOf(i), i, "desk-" + i + "-token"));
        }
        return desks;
    }

    public static ButtonMapping buttons() {
        return ButtonMapping.of(List.of(ButtonBinding.of(17, "1", "next"), ButtonBinding.of(27, "1", "recall"),
                ButtonBinding.of(22, "2", "next"), ButtonBinding.of(23, "2", "recall"),
                ButtonBinding.of(24, "3", "next"), ButtonBinding.of(25, "3", "recall")));
    }

    /** Simulated displays, buttons and sound; page on port 0; 500 ms desk feedback so tests see it come and go. */
    public static DisplayConfig config(FakeCentral central, Path data) {
        return config(central, data, desks());
    }

    public static DisplayConfig config(FakeCentral central, Path data, List<DisplayConfig.DeskSetup> desks) {
        DisplayConfig base = DisplayConfig.simulated(central.url(), FakeCentral.DISPLAY_TOKEN, "display-1",
                FakeCentral.BRANCH, data, desks);
        return base.withDeskFeedback(Duration.ofMillis(500)).withHardware(new DisplayConfig.HardwareConfig(
                HardwareMode.SIMULATED, buttons(), DisplayBusConfig.forPort("simulated"), true));
    }
}
