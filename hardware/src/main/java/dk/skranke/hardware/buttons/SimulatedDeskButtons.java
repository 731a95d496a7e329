package dk.skranke.hardware.buttons;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Desk buttons without hardware: presses come from code, tests or the command line ({@link ButtonCommandLine}). */
public final class SimulatedDeskButtons implements DeskButtons {
    private static final Logger log = LoggerFactory.getLogger(SimulatedDeskButtons.class);

    private final Clock clock;
    private final PressListeners listeners = new PressListeners();
    private volatile boolean closed;

    public SimulatedDeskButtons(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Presses the button for this desk and action once; ignored (and logged) after {@link #close()}. */
    public void press(String deskId, ButtonAction action) {
        ButtonPress press = new ButtonPress(deskId, action, clock.instant());
        if (closed) {
            log.warn("Ignored simulated {} at desk {}: buttons are closed", action.word(), deskId);
            return;
        }
        log.info("Simulated press: desk {} {}", deskId, action.word());
        listeners.deliver(press);
    }

    @Override
    public Subscription subscribe(Consumer<ButtonPress> listener) {
        return listeners.add(listener);
    }

    @Override
    public ButtonsStatus status() {
        return closed ? ButtonsStatus.unavailable("closed") : ButtonsStatus.ok("simulated");
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
    }
}
