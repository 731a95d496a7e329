package dk.skranke.central.api;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets the long fuzzing run choose the number of requests and the seed from the command line
 * ({@code ./skranke fuzz --requests N --seed S} sets these system properties); CI keeps the fixed
 * values of the annotation. Prints what ran and how long it took.
 */
public final class FuzzSettings implements AroundPropertyHook {
    static final String REQUESTS = "skranke.fuzz.requests";
    static final String SEED = "skranke.fuzz.seed";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Integer requests = Integer.getInteger(REQUESTS);
        if (requests != null) {
            context.attributes().setTries(requests);
        }
        String seed = System.getProperty(SEED, "");
        if (!seed.isBlank()) {
            context.attributes().setSeed(seed.trim());
        }
        long started = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        System.out.printf("API fuzzing: %d requests, seed %s, %.1f s, %s%n", result.countTries(),
                result.seed().orElse(context.attributes().seed().orElse("?")),
                (System.nanoTime() - started) / 1e9, result.status());
        return result;
    }
}
