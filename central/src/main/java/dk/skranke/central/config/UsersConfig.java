package dk.skranke.central.config;

import dk.skranke.central.auth.Role;
import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.staff.Passwords;
import dk.skranke.config.ConfigNode;
import dk.skranke.core.branch.Branch;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code users:} section: people who sign in to the staff console and admin pages. */
final class UsersConfig {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private UsersConfig() {
    }

    static List<StaffUser> parse(ConfigNode users, List<Branch> branches) {
        List<StaffUser> parsed = users.listOrEmpty().stream().map(n -> user(n, branches)).toList();
        Set<String> seen = new HashSet<>();
        for (StaffUser user : parsed) {
            if (!seen.add(user.username())) {
                throw users.error("duplicate username '" + user.username() + "'");
            }
        }
        return parsed;
    }

    private static StaffUser user(ConfigNode n, List<Branch> branches) {
        n.allowOnly(Set.of("username", "passwordHash", "role", "branches"));
        String username = n.child("username").text().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw n.child("username").error("must be 1-64 of a-z 0-9 . _ - (starting with a letter or digit)");
        }
        String hash = n.child("passwordHash").text();
        if (!Passwords.isSupportedHash(hash)) {
            throw n.child("passwordHash").error("must be an Argon2id or bcrypt hash: create one with"
                    + " 'skranke hash-password' (never write the password itself here)");
        }
        Role role = Role.fromWire(n.child("role").text()).filter(r -> r == Role.STAFF || r == Role.ADMIN)
                .orElseThrow(() -> n.child("role").error("must be staff or admin"));
        Set<String> scope = n.child("branches").isPresent() ? new HashSet<>(n.child("branches").texts()) : Set.of();
        Set<String> known = new HashSet<>(branches.stream().map(Branch::id).toList());
        for (String branch : scope) {
            if (!known.contains(branch)) {
                throw n.child("branches").error("unknown branch '" + branch + "'");
            }
        }
        if (scope.isEmpty() && role != Role.ADMIN) {
            throw n.child("branches").error("is required for role staff (only admins may cover every branch)");
        }
        return new StaffUser(username, hash, role, scope);
    }
}
