package dk.skranke.hardware.buttons;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desk buttons on Raspberry Pi GPIO through pi4j 2: one digital input per configured pin, debounced by our
 * own {@link Debouncer}. Set-up failures (no GPIO, missing native library, pin busy) become status.
 */
public final class GpioDeskButtons implements DeskButtons {
    private static final Logger log = LoggerFactory.getLogger(GpioDeskButtons.class);
    private static final String ID_PREFIX = "skranke-desk-button-";

    private final Context context;
    private final boolean ownsContext;
    private final ButtonMapping mapping;
    private final Clock clock;
    private final PressListeners listeners = new PressListeners();
    // a private lock, not the instance its users hold; guards watched and closed
    private final Object lock = new Object();
    private final List<WatchedPin> watched = new ArrayList<>();
    private volatile ButtonsStatus status;
    private boolean closed;

    private GpioDeskButtons(Context context, boolean ownsContext, ButtonMapping mapping, Clock clock) {
        this.context = context;
        this.ownsContext = ownsContext;
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Watches the mapped pins on a context the caller owns (and shuts down). Never throws for hardware
     * trouble: pins that cannot be set up are reported in {@link #status()}.
     */
    public static GpioDeskButtons start(Context context, ButtonMapping mapping, Clock clock) {
        GpioDeskButtons buttons = new GpioDeskButtons(Objects.requireNonNull(context, "context"), false, mapping, clock);
        buttons.watchPins();
        return buttons;
    }

    /**
     * Creates the pi4j context itself (e.g. with the gpiod provider) and shuts it down on {@link #close()}.
     * If the context cannot be created, as on a machine without GPIO, the buttons are unavailable, not an error.
     */
    public static GpioDeskButtons open(Supplier<Context> contextFactory, ButtonMapping mapping, Clock clock) {
        Context context;
        try {
            context = contextFactory.get();
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the provider's native library is missing on this machine
            log.warn("Desk buttons unavailable: GPIO could not be initialised: {}", describe(e));
            GpioDeskButtons buttons = new GpioDeskButtons(null, false, mapping, clock);
            buttons.status = ButtonsStatus.unavailable("GPIO could not be initialised: " + describe(e));
            return buttons;
        }
        GpioDeskButtons buttons = new GpioDeskButtons(context, true, mapping, clock);
        buttons.watchPins();
        return buttons;
    }

    /**
     * The production set-up: a context of its own with only the gpiod provider (Raspberry Pi 4 and 5, via
     * /dev/gpiochip*). Built explicitly: pi4j's auto-context would pick whatever plugin is on the class path,
     * even the mock. On a machine without GPIO chips the buttons report unavailable.
     */
    public static GpioDeskButtons openOnGpiod(ButtonMapping mapping, Clock clock) {
        return open(() -> Pi4J.newContextBuilder().add(GpioDDigitalInputProvider.newInstance()).build(), mapping, clock);
    }

    @Override
    public Subscription subscribe(Consumer<ButtonPress> listener) {
        return listeners.add(listener);
    }

    @Override
    public ButtonsStatus status() {
        return status;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            listeners.clear();
            for (WatchedPin pin : watched) {
                pin.stop(context);
            }
            watched.clear();
            if (ownsContext && context != null && !context.isShutdown()) {
                try {
                    context.shutdown();
                } catch (RuntimeException e) {
                    log.warn("Shutting down the GPIO context failed: {}", describe(e));
                }
            }
            status = ButtonsStatus.unavailable("closed");
        }
        log.info("Desk buttons closed");
    }

    private void watchPins() {
        synchronized (lock) {
            List<String> failures = new ArrayList<>();
            for (ButtonBinding button : mapping.buttons()) {
                try {
                    watched.add(watch(button));
                } catch (RuntimeException | LinkageError e) {
                    log.warn("Desk button on GPIO {} (desk {}, {}) could not be set up: {}",
                            button.pin(), button.deskId(), button.action().word(), describe(e));
                    failures.add("GPIO " + button.pin() + ": " + describe(e));
                }
            }
            status = statusAfterSetUp(failures);
            log.info("Desk buttons: {} of {} watched, {} wiring, debounce {} ms", watched.size(),
                    mapping.buttons().size(), mapping.wiring(), mapping.debounce().toMillis());
        }
    }

    private ButtonsStatus statusAfterSetUp(List<String> failures) {
        if (failures.isEmpty()) {
            return ButtonsStatus.ok(watched.size() + " buttons watched");
        }
        String detail = String.join("; ", failures);
        return watched.isEmpty() ? ButtonsStatus.unavailable(detail) : ButtonsStatus.degraded(detail);
    }

    private WatchedPin watch(ButtonBinding button) {
        boolean activeLow = mapping.wiring() == ButtonWiring.ACTIVE_LOW;
        DigitalInput input = context.create(DigitalInput.newConfigBuilder(context)
                .id(inputId(button.pin()))
                .name("Desk " + button.deskId() + " " + button.action().word())
                .address(button.pin())
                .pull(activeLow ? PullResistance.PULL_UP : PullResistance.PULL_DOWN));
        Debouncer debouncer = Debouncer.startingAt(isPressed(input.state(), activeLow), clock.instant(),
                mapping.debounce());
        DigitalStateChangeListener listener = event -> onLevel(button, debouncer, isPressed(event.state(), activeLow));
        input.addListener(listener);
        return new WatchedPin(input, listener);
    }

    private void onLevel(ButtonBinding button, Debouncer debouncer, boolean pressed) {
        Instant now = clock.instant();
        if (debouncer.edge(pressed, now)) {
            ButtonPress press = new ButtonPress(button.deskId(), button.action(), now);
            log.debug("Press on GPIO {}: desk {} {}", button.pin(), button.deskId(), button.action().word());
            listeners.deliver(press);
        }
    }

    /** The pi4j id of the input watching this pin, unique in the context. */
    static String inputId(int pin) {
        return ID_PREFIX + pin;
    }

    private static boolean isPressed(DigitalState state, boolean activeLow) {
        // UNKNOWN counts as released: never invent a press from an unreadable line
        return activeLow ? state == DigitalState.LOW : state == DigitalState.HIGH;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private record WatchedPin(DigitalInput input, DigitalStateChangeListener listener) {
        void stop(Context context) {
            try {
                input.removeListener(listener);
                if (!context.isShutdown()) {
                    context.shutdown(input.id());
                }
            } catch (RuntimeException e) {
                log.warn("Releasing {} failed: {}", input.id(), describe(e));
            }
        }
    }
}
