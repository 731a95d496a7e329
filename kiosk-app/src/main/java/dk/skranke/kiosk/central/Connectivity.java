package dk.skranke.kiosk.central;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether the last contact with central succeeded; tells listeners when that changes. */
public final class Connectivity {
    private static final Logger log = LoggerFactory.getLogger(Connectivity.class);

    private final Clock clock;
    private final AtomicBoolean online = new AtomicBoolean(false);
    private final AtomicReference<Instant> lastContact = new AtomicReference<>();
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();

    public Connectivity(Clock clock) {
        this.clock = clock;
    }

    public boolean online() {
        return online.get();
    }

    /** When central last answered, or null if never since start. */
    public Instant lastContact() {
        return lastContact.get();
    }

    /** Called with the new state on each change (true: central answers again). */
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    void reached() {
        lastContact.set(clock.instant());
        if (online.compareAndSet(false, true)) {
            log.info("central reachable online=true");
            listeners.forEach(l -> l.accept(true));
        }
    }

    void unreachable(String why) {
        if (online.compareAndSet(true, false)) {
            log.warn("central unreachable online=false reason=\"{}\"", why);
            listeners.forEach(l -> l.accept(false));
        }
    }
}
