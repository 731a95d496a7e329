package dk.skranke.central.whatif;

import dk.skranke.core.whatif.ArrivalProfile;
import dk.skranke.core.whatif.ClosedArrivalPolicy;
import dk.skranke.core.whatif.Proposal;
import java.time.LocalDate;

/**
 * A what-if question: two proposals tried on the branch-local days {@code from} to {@code to}, with the
 * period's real arrivals ({@code profile} null) or a synthetic profile, and the measured service times.
 */
public record WhatIfRequest(LocalDate from, LocalDate to, Proposal first, Proposal second, ArrivalProfile profile,
        long seed, ClosedArrivalPolicy closedPolicy) {
}
