package dk.skranke.hardware.buttons;

/** How the buttons are wired, which decides the pull resistor and which level means "pressed". */
public enum ButtonWiring {
    /** Button between pin and ground, internal pull-up: LOW means pressed. The usual wiring. */
    ACTIVE_LOW,
    /** Button between pin and 3.3 V, internal pull-down: HIGH means pressed. */
    ACTIVE_HIGH
}
