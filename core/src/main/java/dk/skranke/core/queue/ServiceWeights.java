package dk.skranke.core.queue;

/** How much a minute of waiting counts for a service (1.0 neutral); see {@code Service.weight}. */
@FunctionalInterface
public interface ServiceWeights {
    double of(String serviceId);
}
