package dk.skranke.core.whatif;

/**
 * Desk time after the warm-up: staffed by the plan while open, busy serving within it, their ratio
 * ({@code utilisation}, 0 when nothing was staffed), and overtime: desk time spent serving beyond the
 * plan (citizens still waiting at closing, or a citizen finished after the plan took the desk off).
 */
public record DeskUse(double staffedHours, double busyHours, double utilisation, double overtimeMinutes) {
}
