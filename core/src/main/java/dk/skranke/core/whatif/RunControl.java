package dk.skranke.core.whatif;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How a caller follows and stops a what-if run: progress goes to {@code listener}, and the run stops
 * with {@link SimulationCancelledException} soon after {@code cancelled} turns true.
 */
public record RunControl(ProgressListener listener, BooleanSupplier cancelled) {

    /** No progress reports, never cancelled. */
    public static final RunControl NONE = new RunControl(ProgressListener.NONE, () -> false);

    public RunControl {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    public static RunControl of(ProgressListener listener) {
        return new RunControl(listener, () -> false);
    }

    /** The same cancellation, with progress mapped into [from, from + width] (for runs made of parts). */
    public RunControl part(double from, double width) {
        return new RunControl(fraction -> listener.progress(from + width * fraction), cancelled);
    }
}
