package dk.skranke.core.whatif;

/** The textbook M/M/c results, to check the simulation against. */
final class ErlangC {

    private ErlangC() {
    }

    /** The chance an arrival has to wait in M/M/c with offered load {@code a = lambda / mu} (Erlang C). */
    static double probabilityOfWaiting(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double waiting = term * c / (c - a);
        return waiting / (sum + waiting);
    }

    /** The mean wait in queue Wq = C(c, a) / (c mu - lambda), in the unit of 1 / rate. */
    static double meanWait(int c, double lambda, double mu) {
        return probabilityOfWaiting(c, lambda / mu) / (c * mu - lambda);
    }
}
