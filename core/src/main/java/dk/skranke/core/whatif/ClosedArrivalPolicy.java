package dk.skranke.core.whatif;

/** What a citizen does who would have come while the proposal is closed (to them). */
public enum ClosedArrivalPolicy {
    /** Comes back at the next opening instead, spread over its first part ({@link SimulationOptions#shiftSpread()}). */
    SHIFT,
    /** Does not come at all (goes digital, phones, or gives up). */
    LOSE
}
