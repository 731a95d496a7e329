package dk.skranke.core.whatif;

import dk.skranke.core.whatif.internal.Citizens;
import dk.skranke.core.whatif.internal.Tally;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns what a run measured into a {@link WhatIfResult}, in minutes and hours. */
final class ResultAssembler {

    private ResultAssembler() {
    }

    static WhatIfResult assemble(String proposal, Citizens citizens, Tally tally) {
        return new WhatIfResult(proposal, citizens.arrivals(), citizens.walkIns(), citizens.appointments(),
                citizens.closed(), tally.served(), summary(tally.walkInWaits()), summary(tally.appointmentWaits()),
                byDay(tally), byHour(tally), deskUse(tally));
    }

    static WaitSummary summary(double[] waitSeconds) {
        int n = waitSeconds.length;
        if (n == 0) {
            return WaitSummary.NONE;
        }
        double[] sorted = waitSeconds.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double wait : sorted) {
            sum += wait;
        }
        return new WaitSummary(n, minutes(sum / n), minutes(nearestRank(sorted, 0.5)),
                minutes(nearestRank(sorted, 0.9)), minutes(sorted[n - 1]));
    }

    private static double nearestRank(double[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static List<DayWait> byDay(Tally tally) {
        List<DayWait> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            double sum = 0;
            long count = 0;
            for (int hour = 0; hour < 24; hour++) {
                int index = (day.getValue() - 1) * 24 + hour;
                sum += tally.waitSumByWeekHour()[index];
                count += tally.walkInsByWeekHour()[index];
            }
            if (count > 0) {
                days.add(new DayWait(day, count, minutes(sum / count)));
            }
        }
        return days;
    }

    private static List<HourWait> byHour(Tally tally) {
        List<HourWait> hours = new ArrayList<>();
        for (int index = 0; index < tally.walkInsByWeekHour().length; index++) {
            long count = tally.walkInsByWeekHour()[index];
            if (count > 0) {
                DayOfWeek day = DayOfWeek.of(index / 24 + 1);
                hours.add(new HourWait(day, index % 24, count, minutes(tally.waitSumByWeekHour()[index] / count)));
            }
        }
        return hours;
    }

    private static DeskUse deskUse(Tally tally) {
        double staffed = tally.staffedSeconds();
        double utilisation = staffed > 0 ? tally.busyInPlanSeconds() / staffed : 0;
        return new DeskUse(staffed / 3600, tally.busyInPlanSeconds() / 3600, utilisation,
                tally.overtimeSeconds() / 60);
    }

    private static double minutes(double seconds) {
        return seconds / 60;
    }
}
