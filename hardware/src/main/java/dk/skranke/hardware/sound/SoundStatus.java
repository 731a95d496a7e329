package dk.skranke.hardware.sound;

import java.util.Objects;

/** Whether calls can be heard, with a human-readable detail; a missing sound card is data, not an exception. */
public record SoundStatus(State state, String detail) {

    /** Coarse state of the sound output. */
    public enum State {
        /** Calls are played (or, for the simulator, logged). */
        OK,
        /** No audio device or line; calls are skipped and retried with the next call. */
        UNAVAILABLE,
        /** The announcer was closed; calls are ignored. */
        CLOSED
    }

    public SoundStatus {
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static SoundStatus ok(String detail) {
        return new SoundStatus(State.OK, detail);
    }

    public static SoundStatus unavailable(String detail) {
        return new SoundStatus(State.UNAVAILABLE, detail);
    }

    public static SoundStatus closed() {
        return new SoundStatus(State.CLOSED, "closed");
    }

    public boolean isOk() {
        return state == State.OK;
    }
}
