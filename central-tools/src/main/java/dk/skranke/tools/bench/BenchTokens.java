package dk.skranke.tools.bench;

/** The bearer tokens the bench acts with: a kiosk issues, a desk calls, a display listens. */
record BenchTokens(String kiosk, String desk, String display) {
}
