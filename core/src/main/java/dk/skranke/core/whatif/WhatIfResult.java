package dk.skranke.core.whatif;

import java.util.List;

/**
 * What a proposal would have meant for the period, after the warm-up.
 *
 * @param arrivals citizens who would have come (walk-ins plus appointments)
 * @param closed those of them who would have come while closed to them, and what became of them
 * @param served citizens called to a desk (arrivals minus lost and shifted past the period end)
 * @param walkInWaitByDay the walk-ins' mean wait per day of the week they came in, Monday first, days
 *     with walk-ins only
 * @param walkInWaitByHour the same per local hour of the week, hours with walk-ins only
 */
public record WhatIfResult(
        String proposal,
        long arrivals,
        long walkIns,
        long appointments,
        ClosedArrivals closed,
        long served,
        WaitSummary walkInWait,
        WaitSummary appointmentWait,
        List<DayWait> walkInWaitByDay,
        List<HourWait> walkInWaitByHour,
        DeskUse desks) {

    public WhatIfResult {
        walkInWaitByDay = List.copyOf(walkInWaitByDay);
        walkInWaitByHour = List.copyOf(walkInWaitByHour);
    }
}
