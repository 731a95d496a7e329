package dk.skranke.hardware.buttons;

import java.util.Objects;

/** Whether desk buttons can deliver presses, with a human-readable detail; a fault is data, not an exception. */
public record ButtonsStatus(State state, String detail) {

    /** Coarse state of the button hardware. */
    public enum State {
        /** Every configured button is being watched. */
        OK,
        /** Some buttons are watched, others could not be set up (see detail). */
        DEGRADED,
        /** No button can deliver presses (no GPIO, closed, ...). */
        UNAVAILABLE
    }

    public ButtonsStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static ButtonsStatus ok(String detail) {
        return new ButtonsStatus(State.OK, detail);
    }

    public static ButtonsStatus degraded(String detail) {
        return new ButtonsStatus(State.DEGRADED, detail);
    }

    public static ButtonsStatus unavailable(String detail) {
        return new ButtonsStatus(State.UNAVAILABLE, detail);
    }

    public boolean isOk() {
        return state == State.OK;
    }
}
