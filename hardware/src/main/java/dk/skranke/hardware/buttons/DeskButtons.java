package dk.skranke.hardware.buttons;

import java.util.function.Consumer;

/** The staff buttons at the desks: delivers exactly one {@link ButtonPress} per physical press. */
public interface DeskButtons extends AutoCloseable {

    /**
     * Delivers every later press to the listener, on the thread that detected it; keep listeners short.
     * A listener that throws is logged and does not stop delivery to the others.
     */
    Subscription subscribe(Consumer<ButtonPress> listener);

    /** Whether presses can be delivered now; never throws. */
    ButtonsStatus status();

    /** Stops watching the buttons; no press is delivered afterwards. Safe to call twice. */
    @Override
    void close();

    /** A handle to stop one listener receiving presses. */
    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
