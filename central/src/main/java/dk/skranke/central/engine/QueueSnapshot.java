package dk.skranke.central.engine;

import dk.skranke.central.view.DeskView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Waiting count and estimate for a new ticket per service, and the desks with their current tickets. */
public record QueueSnapshot(Map<String, Integer> waiting, Map<String, Integer> estimatedWaitMinutes,
        List<DeskView> desks) {

    /** Unmodifiable copies that keep the services' order. */
    public QueueSnapshot {
        waiting = Collections.unmodifiableMap(new LinkedHashMap<>(waiting));
        estimatedWaitMinutes = Collections.unmodifiableMap(new LinkedHashMap<>(estimatedWaitMinutes));
        desks = List.copyOf(desks);
    }
}
