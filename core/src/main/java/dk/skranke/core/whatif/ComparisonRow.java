package dk.skranke.core.whatif;

/** One measure of two proposals side by side; {@code measure} is a stable key such as {@code walkInWait.p90Minutes}. */
public record ComparisonRow(String measure, double first, double second) {

    /** second minus first. */
    public double difference() {
        return second - first;
    }
}
