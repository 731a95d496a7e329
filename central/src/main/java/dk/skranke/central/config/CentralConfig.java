package dk.skranke.central.config;

import dk.skranke.central.auth.ApiToken;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.error.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Everything central is configured with, loaded once from YAML and validated at start.
 *
 * @param publicBaseUrl where citizens' phones reach central, for the ticket status links
 * @param retentionDays days personal appointment fields are kept
 */
public record CentralConfig(String publicBaseUrl, int retentionDays, List<Branch> branches, List<ApiToken> tokens) {

    public CentralConfig {
        branches = List.copyOf(branches);
        tokens = List.copyOf(tokens);
    }

    public Optional<Branch> findBranch(String id) {
        return branches.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Branch branch(String id) {
        return findBranch(id).orElseThrow(() -> new NotFoundException("branch", id));
    }
}
