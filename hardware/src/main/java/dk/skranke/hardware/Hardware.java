package dk.skranke.hardware;

import dk.skranke.hardware.buttons.DeskButtons;
import dk.skranke.hardware.buttons.GpioDeskButtons;
import dk.skranke.hardware.buttons.SimulatedDeskButtons;
import dk.skranke.hardware.display.DeskDisplays;
import dk.skranke.hardware.display.SerialDeskDisplayBus;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import dk.skranke.hardware.printer.EscPosPrinterSettings;
import dk.skranke.hardware.printer.SimulatedTicketPrinter;
import dk.skranke.hardware.printer.TicketEncoder;
import dk.skranke.hardware.printer.TicketPrinter;
import dk.skranke.hardware.sound.AnnouncementQueue;
import dk.skranke.hardware.sound.Announcer;
import dk.skranke.hardware.sound.JavaSoundClipPlayer;
import dk.skranke.hardware.sound.SimulatedClipPlayer;
import java.time.Clock;
import java.util.Optional;

/**
 * The drivers of one app, chosen in one place by {@link HardwareMode}: the real devices or their
 * simulators. Creating never throws for a missing device; each reports it as status.
 */
public final class Hardware implements AutoCloseable {
    private final TicketPrinter printer;
    private final DeskButtons buttons;
    private final DeskDisplays displays;
    private final Announcer announcer;

    private Hardware(TicketPrinter printer, DeskButtons buttons, DeskDisplays displays, Announcer announcer) {
        this.printer = printer;
        this.buttons = buttons;
        this.displays = displays;
        this.announcer = announcer;
    }

    public static Hardware create(HardwareSettings settings, Clock clock) {
        boolean real = settings.mode() == HardwareMode.REAL;
        TicketPrinter printer = settings.printer() == null ? null : real
                ? settings.printer().open(EscPosPrinterSettings.DEFAULTS)
                : new SimulatedTicketPrinter(settings.simulatorDir().resolve("printer"), new TicketEncoder());
        DeskButtons buttons = settings.buttons() == null ? null : real
                ? GpioDeskButtons.openOnGpiod(settings.buttons(), clock) : new SimulatedDeskButtons(clock);
        DeskDisplays displays = settings.displays() == null ? null : real
                ? SerialDeskDisplayBus.start(settings.displays()) : new SimulatedDeskDisplays();
        Announcer announcer = !settings.sound() ? null
                : AnnouncementQueue.start(real ? new JavaSoundClipPlayer() : new SimulatedClipPlayer());
        return new Hardware(printer, buttons, displays, announcer);
    }

    public Optional<TicketPrinter> printer() {
        return Optional.ofNullable(printer);
    }

    public Optional<DeskButtons> buttons() {
        return Optional.ofNullable(buttons);
    }

    public Optional<DeskDisplays> displays() {
        return Optional.ofNullable(displays);
    }

    public Optional<Announcer> announcer() {
        return Optional.ofNullable(announcer);
    }

    @Override
    public void close() {
        printer().ifPresent(TicketPrinter::close);
        buttons().ifPresent(DeskButtons::close);
        displays().ifPresent(DeskDisplays::close);
        announcer().ifPresent(Announcer::close);
    }
}
