package dk.skranke.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.Language;
import dk.skranke.hardware.buttons.ButtonAction;
import dk.skranke.hardware.buttons.ButtonBinding;
import dk.skranke.hardware.buttons.ButtonMapping;
import dk.skranke.hardware.buttons.ButtonPress;
import dk.skranke.hardware.buttons.SimulatedDeskButtons;
import dk.skranke.hardware.display.DisplayBusConfig;
import dk.skranke.hardware.display.DisplayStatus;
import dk.skranke.hardware.printer.PaperWidth;
import dk.skranke.hardware.printer.PrintResult;
import dk.skranke.hardware.printer.PrinterStatus;
import dk.skranke.hardware.printer.SimulatedTicketPrinter;
import dk.skranke.hardware.printer.TicketLayout;
import dk.skranke.hardware.printer.TicketTexts;
import dk.skranke.hardware.sound.Call;
import dk.skranke.hardware.sound.SoundStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareTest {
    private static final ButtonMapping ONE_BUTTON = ButtonMapping.of(List.of(ButtonBinding.of(17, "3", "next")));

    @Test
    void simulated_mode_gives_working_simulators_for_every_configured_device(@TempDir Path dir) throws Exception {
        // given the display Pi's and the kiosk's devices, simulated
        HardwareSettings settings = new HardwareSettings(HardwareMode.fromConfig("simulated"),
                new PrinterConnection("serial", "/dev/ttyUSB0", 19200), ONE_BUTTON,
                DisplayBusConfig.forPort("/dev/ttyUSB1"), true, dir);

        try (Hardware hardware = Hardware.create(settings, Clock.systemUTC())) {
            // then each device is its simulator and works
            assertThat(hardware.printer()).containsInstanceOf(SimulatedTicketPrinter.class);
            PrintResult printed = hardware.printer().orElseThrow().print(ticket());
            assertThat(printed.printed()).isTrue();

            List<ButtonPress> presses = new CopyOnWriteArrayList<>();
            hardware.buttons().orElseThrow().subscribe(presses::add);
            ((SimulatedDeskButtons) hardware.buttons().orElseThrow()).press("3", ButtonAction.NEXT);
            assertThat(presses).extracting(ButtonPress::deskId).containsExactly("3");

            assertThat(hardware.displays().orElseThrow().show(3, "P017").isOk()).isTrue();

            hardware.announcer().orElseThrow().announce(new Call("P17", "3", Language.DA));
            assertThat(hardware.announcer().orElseThrow().status().state()).isEqualTo(SoundStatus.State.OK);
        }
    }

    @Test
    void real_mode_on_a_machine_without_the_devices_reports_status_instead_of_failing(@TempDir Path dir) {
        // given real drivers for devices this build machine does not have
        HardwareSettings settings = new HardwareSettings(HardwareMode.REAL,
                new PrinterConnection("tcp", "127.0.0.1:1", 19200), ONE_BUTTON,
                DisplayBusConfig.forPort(dir.resolve("no-such-tty").toString()), false, dir);

        try (Hardware hardware = Hardware.create(settings, Clock.systemUTC())) {
            // then every device is there, saying what is wrong
            PrintResult result = hardware.printer().orElseThrow().print(ticket());
            assertThat(result.printed()).isFalse();
            assertThat(result.status()).isEqualTo(PrinterStatus.OFFLINE);
            assertThat(hardware.buttons().orElseThrow().status().isOk()).isFalse();
            assertThat(hardware.displays().orElseThrow().show(3, "P017").state())
                    .isEqualTo(DisplayStatus.State.PORT_UNAVAILABLE);
            assertThat(hardware.announcer()).isEmpty();
        }
    }

    @Test
    void a_device_not_configured_is_absent_and_bad_settings_name_their_key(@TempDir Path dir) {
        try (Hardware none = Hardware.create(new HardwareSettings(HardwareMode.SIMULATED, null, null, null, false,
                dir), Clock.systemUTC())) {
            assertThat(none.printer()).isEmpty();
            assertThat(none.buttons()).isEmpty();
            assertThat(none.displays()).isEmpty();
        }
        assertThatThrownBy(() -> HardwareMode.fromConfig("virtual")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hardware").hasMessageContaining("real").hasMessageContaining("simulated");
        assertThatThrownBy(() -> new PrinterConnection("usb", "/dev/usb/lp0", 9600))
                .hasMessageContaining("printer.connection");
        assertThatThrownBy(() -> new PrinterConnection("tcp", "printer:abc", 9600)
                .open(dk.skranke.hardware.printer.EscPosPrinterSettings.DEFAULTS))
                .hasMessageContaining("printer.address");
    }

    private static TicketLayout ticket() {
        return new TicketLayout(PaperWidth.MM_80, "Borgerservice Dragør", "Pas", "P017",
                ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen")), 2, 8,
                "https://skranke.example/t/abc", "https://www.borger.dk/", "Bestil tid på borger.dk", null,
                TicketTexts.danish());
    }

}
