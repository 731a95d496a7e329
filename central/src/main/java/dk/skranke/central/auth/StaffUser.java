package dk.skranke.central.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in to the staff console or the admin pages with a username and password.
 * Signed in, the user acts like a token of its role and branches, recorded as {@code user:<username>}.
 *
 * @param passwordHash an Argon2id or bcrypt hash (from {@code skranke hash-password}); never the password
 * @param branches the branches the user works in; empty means every branch (admins only)
 */
public record StaffUser(String username, String passwordHash, Role role, Set<String> branches) {
    /** Marks a principal made from a session: it has no secret that could be looked up. */
    private static final String NO_SECRET = "session";

    public StaffUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        if (role != Role.STAFF && role != Role.ADMIN) {
            throw new IllegalArgumentException("a user is staff or admin, not " + role.wire());
        }
        branches = Set.copyOf(branches);
    }

    /** The actor recorded in the event log for what this user does. */
    public String actor() {
        return "user:" + username;
    }

    /** The user as the API sees a caller: a token of the user's role and branches, bound to no desk. */
    public ApiToken asPrincipal() {
        return new ApiToken(actor(), role, branches, null, NO_SECRET);
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + ", " + role.wire() + ", " + branches + "]"; // never the hash
    }
}
