package dk.skranke.display.desk;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.hardware.display.DeskDisplays;
import dk.skranke.hardware.display.DisplayStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LED number displays above the desks, and the one place that decides what each shows: the newest call at
 * the desk (blank when none). Calls come from the answers to desk presses and from central's events, in any
 * order; a call older than the one shown (by central's call time) is ignored, the same call twice is written
 * once, and a ticket that ends blanks the desk only while it is the one shown. Button feedback ({@link #flash})
 * replaces the number for a few seconds and then the number comes back; a new call ends a flash at once.
 */
public final class DeskPanel implements AutoCloseable {
    /** Central could not be reached or refused the press. */
    public static final String FAILURE = "FEJL";
    /** Nobody to call, or nothing to recall. */
    public static final String NOBODY = "----";
    /** A recall within central's recall delay: wait a little. */
    public static final String WAIT = "VENT";

    private static final Logger log = LoggerFactory.getLogger(DeskPanel.class);

    private final DeskDisplays displays;
    private final Map<String, Integer> addressByDesk = new HashMap<>();
    private final Duration feedback;
    private final Map<String, DeskCall> shown = new HashMap<>();
    private final Map<String, Integer> generation = new HashMap<>();
    private final Map<Integer, DisplayStatus.State> lastState = new HashMap<>();
    private final ScheduledExecutorService timer;

    /** {@code displays} may be null: no LED displays attached, every call is a no-op. */
    public DeskPanel(DeskDisplays displays, Iterable<DisplayConfig.DeskSetup> desks, Duration feedback) {
        this.displays = displays;
        this.feedback = feedback;
        for (DisplayConfig.DeskSetup desk : desks) {
            desk.display().ifPresent(address -> addressByDesk.put(desk.desk(), address));
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "skranke-desk-feedback");
            t.setDaemon(true);
            return t;
        });
    }

    /** A ticket was called to the desk: shown unless the desk already shows it or a newer call. */
    public synchronized void call(String desk, DeskCall call) {
        DeskCall current = shown.get(desk);
        if (current != null && (call.sameAs(current) || call.olderThan(current))) {
            if (!call.sameAs(current)) {
                log.debug("desk {} keeps {}: the call of {} is older", desk, current.number(), call.number());
            }
            return;
        }
        shown.put(desk, call);
        generation.merge(desk, 1, Integer::sum);
        write(desk, call.number());
    }

    /** The ticket left the desk (finished, no-show, ...): blank, unless the desk shows a newer call by now. */
    public synchronized void ended(String desk, String ticketId) {
        DeskCall current = shown.get(desk);
        if (current != null && current.ticketId().equals(ticketId)) {
            blank(desk);
        }
    }

    /** Central says nobody is at the desk (the queue read on (re)connect): blank, whatever it showed. */
    public synchronized void clear(String desk) {
        blank(desk);
    }

    /** The call the desk display shows (flash aside), if any. */
    public synchronized Optional<DeskCall> shownAt(String desk) {
        return Optional.ofNullable(shown.get(desk));
    }

    private void blank(String desk) {
        shown.remove(desk);
        generation.merge(desk, 1, Integer::sum);
        write(desk, null);
    }

    /** Shows {@code text} for the feedback time, then the room's number for the desk again. */
    public synchronized void flash(String desk, String text) {
        int flash = generation.merge(desk, 1, Integer::sum);
        write(desk, text);
        timer.schedule(() -> restore(desk, flash), feedback.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The last status of every attached display, by desk, for the health endpoint and the heartbeat. */
    public synchronized Map<String, String> statuses() {
        Map<String, String> out = new java.util.TreeMap<>();
        if (displays != null) {
            addressByDesk.forEach((desk, address) -> out.put(desk,
                    displays.status(address).state().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    private synchronized void restore(String desk, int flash) {
        if (generation.getOrDefault(desk, 0) == flash) {
            DeskCall current = shown.get(desk);
            write(desk, current == null ? null : current.number());
        }
    }

    private void write(String desk, String text) {
        Integer address = addressByDesk.get(desk);
        if (displays == null || address == null) {
            return;
        }
        try {
            DisplayStatus status = text == null || text.isBlank() ? displays.clear(address) : displays.show(address, text);
            note(desk, address, status);
        } catch (InvalidInputException e) {
            log.warn("desk {} display {} cannot show '{}': {}", desk, address, text, e.reason());
        } catch (RuntimeException e) {
            log.warn("desk {} display {} failed: {}", desk, address, e.toString());
        }
    }

    /** Logs a display fault once when it starts and once when it ends, not on every write. */
    private void note(String desk, int address, DisplayStatus status) {
        DisplayStatus.State before = lastState.put(address, status.state());
        if (status.isOk() && before != null && before != DisplayStatus.State.OK) {
            log.info("desk {} display {} answers again", desk, address);
        } else if (!status.isOk() && before != status.state()) {
            log.warn("desk {} display {} state={} detail=\"{}\"", desk, address, status.state(), status.detail());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
