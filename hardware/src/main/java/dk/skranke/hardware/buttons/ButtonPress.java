package dk.skranke.hardware.buttons;

import java.time.Instant;
import java.util.Objects;

/** One physical press of a desk button: which desk, which action, when. */
public record ButtonPress(String deskId, ButtonAction action, Instant at) {
    public ButtonPress {
        Objects.requireNonNull(deskId, "deskId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
