package dk.skranke.core.whatif;

import dk.skranke.core.error.InvalidInputException;
import java.time.Instant;

/** One real arrival to replay: when a citizen came and for which service. */
public record Arrival(Instant at, String service) {

    public Arrival {
        if (at == null) {
            throw new InvalidInputException("at", "must be given");
        }
        if (service == null || service.isBlank()) {
            throw new InvalidInputException("service", "must be a service id");
        }
    }
}
