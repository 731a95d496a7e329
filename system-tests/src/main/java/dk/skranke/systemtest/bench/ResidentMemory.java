package dk.skranke.systemtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process as Linux reports it in /proc/PID/status. */
record ResidentMemory(long rssKb, long peakKb) {

    static ResidentMemory of(long pid) throws IOException {
        long rss = -1;
        long peak = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return new ResidentMemory(rss, peak);
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    String describe() {
        return String.format("%.1f MB (peak %.1f MB)", rssKb / 1024.0, peakKb / 1024.0);
    }
}
