package dk.skranke.display.desk;

import dk.skranke.client.CentralAnswer;
import dk.skranke.client.CentralUnreachableException;
import dk.skranke.display.central.CentralClient;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.room.CalledTicket;
import dk.skranke.display.room.RoomState;
import dk.skranke.hardware.buttons.ButtonPress;
import dk.skranke.hardware.buttons.DeskButtons;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns desk button presses into central commands with the desk's own token, one at a time in press order on a
 * single worker (never on the button thread). A press that central does not take shows {@link DeskPanel#FAILURE}
 * on the desk's display for a few seconds and is logged at WARN; an unreachable central is tried once more first
 * (with the same {@code clientRequestId} for {@code next}, so the retry can never call two citizens).
 */
public final class DeskPresses implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeskPresses.class);
    private static final Pattern TICKET_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** How one press ended, for the health endpoint and tests. */
    public record Outcome(String desk, String action, Result result, String detail) {
    }

    /** The end of a press. */
    public enum Result { DONE, NOBODY, TOO_SOON, REFUSED, UNREACHABLE, IGNORED }

    private final CentralClient central;
    private final DisplayConfig config;
    private final DeskPanel panel;
    private final Supplier<RoomState> room;
    private final ExecutorService worker;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private DeskButtons.Subscription subscription;

    public DeskPresses(CentralClient central, DisplayConfig config, DeskPanel panel, Supplier<RoomState> room) {
        this.central = central;
        this.config = config;
        this.panel = panel;
        this.room = room;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "skranke-presses");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts taking presses from the buttons. */
    public void attach(DeskButtons buttons) {
        subscription = buttons.subscribe(this::submit);
    }

    /** Queues a press; returns at once (called on the button thread). */
    public void submit(ButtonPress press) {
        long queuedAt = System.nanoTime();
        worker.execute(() -> handleUnlessStale(press, queuedAt));
    }

    /**
     * A press that waited behind others longer than two request timeouts (central unreachable, staff
     * pressing again) is dropped with FEJL: sent late, each "next" would finish the citizen just called.
     */
    private void handleUnlessStale(ButtonPress press, long queuedAt) {
        Duration waited = Duration.ofNanos(System.nanoTime() - queuedAt);
        if (waited.compareTo(config.central().timeout().multipliedBy(2)) > 0) {
            String action = press.action().word();
            log.warn("desk {} {} press dropped: it waited {} ms behind earlier presses; showing {}", press.deskId(),
                    action, waited.toMillis(), DeskPanel.FAILURE);
            panel.flash(press.deskId(), DeskPanel.FAILURE);
            record(new Outcome(press.deskId(), action, Result.IGNORED, "waited " + waited.toMillis() + " ms"));
            return;
        }
        handle(press);
    }

    /** Every press handled so far, oldest first (the last 100). */
    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private void handle(ButtonPress press) {
        String desk = press.deskId();
        String action = press.action().word();
        Optional<DisplayConfig.DeskSetup> setup = config.desk(desk).filter(d -> d.token() != null);
        if (setup.isEmpty()) {
            record(new Outcome(desk, action, Result.IGNORED, "no token configured for this desk"));
            log.warn("desk {} {} press ignored: no desk token configured for it (desks[].token)", desk, action);
            return;
        }
        String token = setup.get().token();
        Outcome outcome = switch (press.action()) {
            case NEXT -> next(desk, token);
            case RECALL -> recall(desk, token);
            case PAUSE, OPEN -> command(desk, action, token);
        };
        record(outcome);
    }

    /** The answer's call goes to the desk display at once; the panel ignores its event when that comes. */
    private Outcome next(String desk, String token) {
        String requestId = requestId(desk);
        AtomicReference<CentralAnswer> answered = new AtomicReference<>();
        Outcome outcome = attempt(desk, "next", () -> {
            CentralAnswer answer = central.next(desk, token, requestId);
            answered.set(answer);
            return answer;
        }, false);
        if (outcome.result() == Result.DONE && answered.get() != null) {
            DeskCall.fromTicket(answered.get().body()).ifPresent(call -> panel.call(desk, call));
        }
        return outcome;
    }

    private Outcome recall(String desk, String token) {
        Optional<CalledTicket> current = room.get().currentAt(desk);
        if (current.isEmpty() || !TICKET_ID.matcher(current.get().ticketId()).matches()) {
            log.info("desk {} recall: no ticket is called there", desk);
            panel.flash(desk, DeskPanel.NOBODY);
            return new Outcome(desk, "recall", Result.NOBODY, "no ticket at the desk");
        }
        // recall carries no request id: a retry after a lost answer gets recall-too-soon, which then means done
        return attempt(desk, "recall", () -> central.recall(current.get().ticketId(), token), true);
    }

    private Outcome command(String desk, String action, String token) {
        return attempt(desk, action, () -> central.deskCommand(desk, action, token), false);
    }

    /** Sends, tries once more if central is unreachable, and shows feedback for anything but success. */
    private Outcome attempt(String desk, String action, Supplier<CentralAnswer> request, boolean tooSoonAfterRetryIsDone) {
        CentralAnswer answer;
        boolean retried = false;
        try {
            answer = request.get();
        } catch (CentralUnreachableException first) {
            log.warn("desk {} {}: {}; trying once more", desk, action, first.getMessage());
            retried = true;
            try {
                answer = request.get();
            } catch (CentralUnreachableException second) {
                log.warn("desk {} {} press failed: {}; the desk display shows {}", desk, action, second.getMessage(),
                        DeskPanel.FAILURE);
                panel.flash(desk, DeskPanel.FAILURE);
                return new Outcome(desk, action, Result.UNREACHABLE, second.getMessage());
            }
        }
        return answered(desk, action, answer, retried && tooSoonAfterRetryIsDone);
    }

    private Outcome answered(String desk, String action, CentralAnswer answer, boolean tooSoonIsDone) {
        if (answer.status() == 204) {
            log.info("desk {} {}: nobody is waiting for this desk", desk, action);
            panel.flash(desk, DeskPanel.NOBODY);
            return new Outcome(desk, action, Result.NOBODY, null);
        }
        if (answer.ok()) {
            String number = answer.body().path("number").asText(null);
            log.info("desk {} {}: done{}", desk, action, number == null ? "" : " number=" + number);
            return new Outcome(desk, action, Result.DONE, number);
        }
        if ("recall-too-soon".equals(answer.error())) {
            if (tooSoonIsDone) {
                return new Outcome(desk, action, Result.DONE, null);
            }
            log.info("desk {} {}: too soon after the last call", desk, action);
            panel.flash(desk, DeskPanel.WAIT);
            return new Outcome(desk, action, Result.TOO_SOON, answer.body().path("allowedAt").asText(null));
        }
        log.warn("desk {} {} press refused by central: status={} error={} message=\"{}\"; the desk display shows {}",
                desk, action, answer.status(), answer.error(), answer.body().path("message").asText(""),
                DeskPanel.FAILURE);
        panel.flash(desk, DeskPanel.FAILURE);
        return new Outcome(desk, action, Result.REFUSED, answer.status() + " " + answer.error());
    }

    /** Unique forever (central remembers ids permanently): device, desk and a random part; at most 100 characters. */
    private String requestId(String desk) {
        String prefix = config.central().device() + ":" + desk;
        if (prefix.length() > 60) {
            prefix = prefix.substring(0, 60);
        }
        return prefix + ":" + UUID.randomUUID().toString().replace("-", "");
    }

    private void record(Outcome outcome) {
        outcomes.add(outcome);
        while (outcomes.size() > 100) {
            outcomes.remove(0);
        }
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.cancel();
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
