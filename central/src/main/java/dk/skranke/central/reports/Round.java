package dk.skranke.central.reports;

/** How the reports round: minutes to two decimals, shares to four; null when there is nothing to divide. */
final class Round {
    private Round() {
    }

    static double minutes(double millis) {
        return Math.round(millis / 600.0) / 100.0;
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
