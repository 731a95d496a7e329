package dk.skranke.central.auth;

import java.util.Objects;
import java.util.Set;

/**
 * A bearer token from the configuration: who it is, its role, its branches, and for a desk
 * token optionally the one desk it sits at.
 *
 * @param secretSha256 hex SHA-256 of the secret; the secret itself is never kept
 * @param branches the branches it may act on; empty means every branch
 * @param desk for desk tokens bound to one desk, that desk's id; otherwise null
 */
public record ApiToken(String id, Role role, Set<String> branches, String desk, String secretSha256) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(secretSha256, "secretSha256");
        branches = Set.copyOf(branches);
    }

    public boolean coversBranch(String branch) {
        return branches.isEmpty() || branches.contains(branch);
    }
}
