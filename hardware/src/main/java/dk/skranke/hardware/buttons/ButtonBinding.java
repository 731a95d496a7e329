package dk.skranke.hardware.buttons;

import java.util.Objects;

/** One configured button: the GPIO pin (BCM number) it is wired to, and the desk and action it stands for. */
public record ButtonBinding(int pin, String deskId, ButtonAction action) {
    public ButtonBinding {
        Objects.requireNonNull(deskId, "deskId");
        Objects.requireNonNull(action, "action");
    }

    /** A binding from configuration words, e.g. {@code of(17, "3", "next")}. */
    public static ButtonBinding of(int pin, String deskId, String action) {
        return new ButtonBinding(pin, deskId, ButtonAction.parse("action", action));
    }
}
