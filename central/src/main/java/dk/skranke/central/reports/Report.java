package dk.skranke.central.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * A branch's report over a period: the figures for the whole period and per slice (day/week/month,
 * service, desk, hour of the day), arrivals by weekday and hour, channel cost and the accuracy of the
 * wait estimates. Times are counted in {@code zone}.
 */
public record Report(String branch, String zone, LocalDate from, LocalDate to, String groupBy, Figures total,
        List<Figures> byPeriod, List<Figures> byService, List<Figures> byDesk, List<Figures> byHour,
        ArrivalHeatmap arrivals, ChannelCost channelCost, WaitEstimates waitEstimates) {

    public Report {
        byPeriod = List.copyOf(byPeriod);
        byService = List.copyOf(byService);
        byDesk = List.copyOf(byDesk);
        byHour = List.copyOf(byHour);
    }

    /** Citizens arriving (visits started) per weekday (Monday first) and local hour, {@code citizens[day][hour]}. */
    public record ArrivalHeatmap(List<String> weekdays, List<Integer> hours, List<List<Long>> citizens) {

        public ArrivalHeatmap {
            weekdays = List.copyOf(weekdays);
            hours = List.copyOf(hours);
            citizens = List.copyOf(citizens.stream().<List<Long>>map(List::copyOf).toList()); // rows too
        }
    }

    /** Channel cost of the period's personal visits and the saving from moving visits to self-service. */
    public record ChannelCost(CostRates costs, double shiftShare, List<ServiceCost> services, ServiceCost total) {

        public ChannelCost {
            services = List.copyOf(services);
        }
    }

    /** Kroner per contact in each channel. */
    public record CostRates(java.math.BigDecimal personal, java.math.BigDecimal phone,
            java.math.BigDecimal digital) {
    }

    /**
     * One service's (or the total's) channel cost: {@code personalCost} = visits x personal cost;
     * {@code savingIfShifted} = could-have-been-digital visits x shift share x (personal - digital);
     * {@code savedByDeflections} = kiosk deflections x (personal - digital).
     */
    public record ServiceCost(String service, long personalVisits, java.math.BigDecimal personalCost,
            long couldHaveBeenDigital, java.math.BigDecimal savingIfShifted, long deflections,
            java.math.BigDecimal savedByDeflections) {
    }

    /** How far the printed wait estimates were off, per service and in total. */
    public record WaitEstimates(List<EstimateAccuracy> services, EstimateAccuracy total) {

        public WaitEstimates {
            services = List.copyOf(services);
        }
    }

    /**
     * For the tickets given an estimate and called: how many, the mean absolute error and the mean error
     * (positive: citizens waited longer than they were told), in minutes.
     */
    public record EstimateAccuracy(String service, long tickets, Double meanAbsoluteErrorMinutes,
            Double meanErrorMinutes) {
    }
}
