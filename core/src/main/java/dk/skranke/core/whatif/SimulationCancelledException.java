package dk.skranke.core.whatif;

import dk.skranke.core.error.DomainException;
import java.util.Map;

/** A what-if run stopped because its caller cancelled it. */
public final class SimulationCancelledException extends DomainException {

    public SimulationCancelledException() {
        super("cancelled", "the what-if simulation was cancelled", Map.of());
    }
}
