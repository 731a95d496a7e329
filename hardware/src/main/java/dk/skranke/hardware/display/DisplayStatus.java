package dk.skranke.hardware.display;

import java.util.Objects;

/** Whether one desk display took what it was sent, with a human-readable detail; a fault is data, not an exception. */
public record DisplayStatus(State state, String detail) {

    /** Coarse state of one display. */
    public enum State {
        /** Nothing has been sent to this display yet. */
        UNKNOWN,
        /** The display acknowledged the last request. */
        OK,
        /** The display answered that it refused the request (NAK, Modbus exception). */
        REJECTED,
        /** No (readable) answer within the reply timeout: silent, unplugged or wrong address. */
        NO_ANSWER,
        /** The serial port could not be opened or has gone away; retried automatically. */
        PORT_UNAVAILABLE
    }

    public DisplayStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static DisplayStatus unknown() {
        return new DisplayStatus(State.UNKNOWN, "not contacted yet");
    }

    public static DisplayStatus ok() {
        return new DisplayStatus(State.OK, "");
    }

    public static DisplayStatus rejected(String detail) {
        return new DisplayStatus(State.REJECTED, detail);
    }

    public static DisplayStatus noAnswer(String detail) {
        return new DisplayStatus(State.NO_ANSWER, detail);
    }

    public static DisplayStatus portUnavailable(String detail) {
        return new DisplayStatus(State.PORT_UNAVAILABLE, detail);
    }

    public boolean isOk() {
        return state == State.OK;
    }
}
