package dk.skranke.hardware.display;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Desk displays without hardware: remembers what each address shows; tests can make an address fail. */
public final class SimulatedDeskDisplays implements DeskDisplays {
    private static final Logger log = LoggerFactory.getLogger(SimulatedDeskDisplays.class);

    private final Map<Integer, String> shown = new ConcurrentHashMap<>();
    private final Map<Integer, List<String>> written = new ConcurrentHashMap<>();
    private final Map<Integer, DisplayStatus> statuses = new ConcurrentHashMap<>();
    private final Map<Integer, DisplayStatus> failures = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Override
    public DisplayStatus show(int address, String text) {
        DisplayText displayText = DisplayText.of(text);
        return apply(DisplayText.checkAddress(address), displayText.value());
    }

    @Override
    public DisplayStatus clear(int address) {
        return apply(DisplayText.checkAddress(address), "");
    }

    @Override
    public DisplayStatus status(int address) {
        DisplayText.checkAddress(address);
        if (closed) {
            return DisplayStatus.portUnavailable("closed");
        }
        return statuses.getOrDefault(address, DisplayStatus.unknown());
    }

    /** What the display at {@code address} shows now; empty when blank or never written. */
    public String shown(int address) {
        return shown.getOrDefault(address, "");
    }

    /** Every text written to the display at {@code address}, oldest first ({@code ""} for a clear). */
    public List<String> written(int address) {
        return List.copyOf(written.getOrDefault(address, List.of()));
    }

    /** From now on the display at {@code address} fails with {@code status} and keeps its old text. */
    public void failWith(int address, DisplayStatus status) {
        failures.put(address, status);
        statuses.put(address, status);
    }

    /** Undoes {@link #failWith}: the display takes requests again. */
    public void answerNormally(int address) {
        failures.remove(address);
    }

    @Override
    public void close() {
        closed = true;
    }

    private DisplayStatus apply(int address, String text) {
        if (closed) {
            return DisplayStatus.portUnavailable("closed");
        }
        DisplayStatus failure = failures.get(address);
        if (failure != null) {
            return failure;
        }
        shown.put(address, text);
        written.computeIfAbsent(address, a -> new CopyOnWriteArrayList<>()).add(text);
        log.debug("Simulated desk display {} shows '{}'", address, text);
        DisplayStatus ok = DisplayStatus.ok();
        statuses.put(address, ok);
        return ok;
    }
}
