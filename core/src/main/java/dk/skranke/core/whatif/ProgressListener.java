package dk.skranke.core.whatif;

/** Told how far a what-if run has come, as a fraction from 0 to 1; called at most about 100 times per run. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = fraction -> { };

    void progress(double fractionDone);
}
