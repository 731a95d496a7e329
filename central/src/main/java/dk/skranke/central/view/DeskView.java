package dk.skranke.central.view;

import java.util.List;

/** A desk as API v1 shows it: open or paused, and the ticket at it (number and status), if any. */
public record DeskView(String id, String name, List<String> services, String order, boolean open,
        CurrentTicket current) {

    public DeskView {
        services = List.copyOf(services);
    }

    /** The ticket at a desk, as much as a display needs. */
    public record CurrentTicket(String id, String number, String service, String status, int callCount) {
    }
}
