package dk.skranke.central.auth;

import java.util.Locale;
import java.util.Optional;

/** What a token may do; see the role column of docs/api.md. */
public enum Role {
    KIOSK, DISPLAY, DESK, STAFF, ADMIN, INTEGRATION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        for (Role role : values()) {
            if (role.wire().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
