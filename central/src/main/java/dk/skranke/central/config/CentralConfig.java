package dk.skranke.central.config;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.central.auth.StaffUser;
import dk.skranke.central.store.DatabaseUrl;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.error.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Everything central is configured with, loaded once from YAML and validated at start.
 *
 * @param publicBaseUrl where citizens' phones reach central, for the ticket status links
 * @param retentionDays days personal appointment fields are kept
 * @param users people who sign in to the staff console and admin pages
 * @param costs cost of a contact per channel, for the channel-cost report
 * @param database the {@code database:} key (PostgreSQL, say), or null for SQLite in the data directory
 */
public record CentralConfig(String publicBaseUrl, int retentionDays, List<Branch> branches, List<ApiToken> tokens,
        List<StaffUser> users, ChannelCosts costs, DatabaseUrl database) {

    public CentralConfig {
        branches = List.copyOf(branches);
        tokens = List.copyOf(tokens);
        users = List.copyOf(users);
        costs = costs == null ? ChannelCosts.DEFAULT : costs;
    }

    /** A configuration whose database is given on the command line (or SQLite in the data directory). */
    public CentralConfig(String publicBaseUrl, int retentionDays, List<Branch> branches, List<ApiToken> tokens,
            List<StaffUser> users, ChannelCosts costs) {
        this(publicBaseUrl, retentionDays, branches, tokens, users, costs, null);
    }

    /** A configuration with the default channel costs. */
    public CentralConfig(String publicBaseUrl, int retentionDays, List<Branch> branches, List<ApiToken> tokens,
            List<StaffUser> users) {
        this(publicBaseUrl, retentionDays, branches, tokens, users, ChannelCosts.DEFAULT);
    }

    /** A configuration without staff users (nobody can sign in to the console). */
    public CentralConfig(String publicBaseUrl, int retentionDays, List<Branch> branches, List<ApiToken> tokens) {
        this(publicBaseUrl, retentionDays, branches, tokens, List.of());
    }

    /** The same configuration reached at another public address. */
    public CentralConfig withPublicBaseUrl(String url) {
        return new CentralConfig(url, retentionDays, branches, tokens, users, costs, database);
    }

    /** The same configuration with other branches (e.g. the demo's all-day hours). */
    public CentralConfig withBranches(List<Branch> other) {
        return new CentralConfig(publicBaseUrl, retentionDays, other, tokens, users, costs, database);
    }

    public Optional<Branch> findBranch(String id) {
        return branches.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Branch branch(String id) {
        return findBranch(id).orElseThrow(() -> new NotFoundException("branch", id));
    }
}
