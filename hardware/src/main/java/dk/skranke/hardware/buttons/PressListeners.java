package dk.skranke.hardware.buttons;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The subscribers of one {@link DeskButtons}; isolates them from each other's failures. */
final class PressListeners {
    private static final Logger log = LoggerFactory.getLogger(PressListeners.class);

    private final List<Consumer<ButtonPress>> listeners = new CopyOnWriteArrayList<>();

    DeskButtons.Subscription add(Consumer<ButtonPress> listener) {
        Objects.requireNonNull(listener, "listener");
        // a wrapper per subscription, so the same listener subscribed twice is cancelled one at a time
        Consumer<ButtonPress> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    void deliver(ButtonPress press) {
        for (Consumer<ButtonPress> listener : listeners) {
            try {
                listener.accept(press);
            } catch (RuntimeException e) {
                log.warn("A button listener failed on {} at desk {}", press.action(), press.deskId(), e);
            }
        }
    }

    void clear() {
        listeners.clear();
    }
}
