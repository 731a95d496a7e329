package dk.skranke.central.reports;

import dk.skranke.central.store.TicketRow;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.branch.Desk;
import dk.skranke.core.branch.Service;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sorts every row, nudge answer and booking into the slices it counts in. */
final class Slices {
    private final ZoneId zone;
    private final Grouping grouping;
    private final Tally total = new Tally("total", true, true);
    private final Map<String, Tally> periods = new LinkedHashMap<>();
    private final Map<String, Tally> periodOfDay = new HashMap<>();
    private final Map<String, Tally> services = new LinkedHashMap<>();
    private final Map<String, Tally> desks = new LinkedHashMap<>();
    private final Tally[] hours = new Tally[24];
    private final long[][] arrivals = new long[7][24];
    private final Map<String, EstimateTally> estimates = new LinkedHashMap<>();
    private final EstimateTally allEstimates = new EstimateTally("total");
    private final QueueSweep queue;

    Slices(Branch branch, ReportQuery query) {
        this.zone = branch.hours().zone();
        this.grouping = query.groupBy();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            periodOfDay(day.toString());
        }
        branch.services().stream().map(Service::id).forEach(this::service);
        branch.desks().stream().map(Desk::id).forEach(this::desk);
        for (int hour = 0; hour < 24; hour++) {
            hours[hour] = new Tally(String.format(Locale.ROOT, "%02d", hour), true, false);
        }
        this.queue = new QueueSweep(total);
    }

    void add(TicketRow row) {
        LocalDateTime arrived = local(row.issuedAt());
        Tally period = periodOfDay(row.day());
        Tally service = service(row.service());
        total.add(row);
        period.add(row);
        service.add(row);
        hours[arrived.getHour()].add(row);
        if (row.desk() != null) {
            desk(row.desk()).add(row);
        }
        if (row.head()) {
            arrivals[arrived.getDayOfWeek().ordinal()][arrived.getHour()]++;
            estimate(row, row.service());
        }
        queue.add(row, service, period);
    }

    private void estimate(TicketRow row, String service) {
        if (row.estimatedWaitMinutes() >= 0 && row.wasCalled()) {
            double error = row.waitMillis() / 60_000.0 - row.estimatedWaitMinutes();
            estimates.computeIfAbsent(service, EstimateTally::new).add(error);
            allEstimates.add(error);
        }
    }

    void nudge(String service, long at, String outcome) {
        boolean deflected = "deflected".equals(outcome);
        LocalDateTime local = local(at);
        total.nudge(deflected);
        periodOfDay(local.toLocalDate().toString()).nudge(deflected);
        service(service).nudge(deflected);
        hours[local.getHour()].nudge(deflected);
    }

    void booking(String service, long start, boolean checkedIn) {
        LocalDateTime local = local(start);
        total.booking(checkedIn);
        periodOfDay(local.toLocalDate().toString()).booking(checkedIn);
        service(service).booking(checkedIn);
        hours[local.getHour()].booking(checkedIn);
    }

    void sweepQueue() {
        queue.sweep();
    }

    Tally total() {
        return total;
    }

    Map<String, Tally> services() {
        return services;
    }

    List<Figures> periodFigures() {
        return periods.values().stream().map(Tally::figures).toList();
    }

    List<Figures> serviceFigures() {
        return services.values().stream().map(Tally::figures).toList();
    }

    List<Figures> deskFigures() {
        return desks.values().stream().map(Tally::figures).toList();
    }

    List<Figures> hourFigures() {
        return Arrays.stream(hours).map(Tally::figures).toList();
    }

    Report.ArrivalHeatmap heatmap() {
        List<String> days = Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
        List<Integer> hourList = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hourList.add(hour);
        }
        List<List<Long>> citizens = Arrays.stream(arrivals).map(row -> Arrays.stream(row).boxed().toList()).toList();
        return new Report.ArrivalHeatmap(days, hourList, citizens);
    }

    Report.WaitEstimates waitEstimates() {
        List<Report.EstimateAccuracy> perService = new ArrayList<>();
        for (String service : services.keySet()) {
            perService.add(estimates.getOrDefault(service, new EstimateTally(service)).accuracy());
        }
        return new Report.WaitEstimates(perService, allEstimates.accuracy());
    }

    private Tally periodOfDay(String day) {
        return periodOfDay.computeIfAbsent(day, d -> periods.computeIfAbsent(grouping.key(LocalDate.parse(d)),
                key -> new Tally(key, true, true)));
    }

    private Tally service(String id) {
        return services.computeIfAbsent(id, key -> new Tally(key, true, true));
    }

    private Tally desk(String id) {
        return desks.computeIfAbsent(id, key -> new Tally(key, false, false));
    }

    private LocalDateTime local(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    }

    /** Estimate errors of one service, in minutes. */
    private static final class EstimateTally {
        private final String service;
        private long count;
        private double absolute;
        private double signed;

        EstimateTally(String service) {
            this.service = service;
        }

        void add(double errorMinutes) {
            count++;
            absolute += Math.abs(errorMinutes);
            signed += errorMinutes;
        }

        Report.EstimateAccuracy accuracy() {
            return count == 0 ? new Report.EstimateAccuracy(service, 0, null, null)
                    : new Report.EstimateAccuracy(service, count, round(absolute / count), round(signed / count));
        }

        private static double round(double minutes) {
            return Math.round(minutes * 100) / 100.0;
        }
    }
}
