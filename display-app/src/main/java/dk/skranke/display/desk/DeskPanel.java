package dk.skranke.display.desk;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.hardware.display.DeskDisplays;
import dk.skranke.hardware.display.DisplayStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LED number displays above the desks: each shows the number the room says is at that desk (blank when
 * none). Button feedback ({@link #flash}) replaces it for a few seconds and then the room's number comes back;
 * a new number from the room ends a flash at once.
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
    private final Map<String, String> roomNumber = new HashMap<>();
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

    /** The room's number for this desk (null: blank); ends any feedback shown there. */
    public synchronized void show(String desk, String number) {
        if (number == null) {
            roomNumber.remove(desk);
        } else {
            roomNumber.put(desk, number);
        }
        generation.merge(desk, 1, Integer::sum);
        write(desk, number);
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
            write(desk, roomNumber.get(desk));
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
