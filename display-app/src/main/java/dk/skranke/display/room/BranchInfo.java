package dk.skranke.display.room;

import dk.skranke.core.i18n.LocalizedText;
import java.util.List;
import java.util.Objects;

/** What the room needs from {@code GET /branches/{b}}: the branch's name, its services and desks in order. */
public record BranchInfo(String id, String name, List<ServiceName> services, List<DeskName> desks) {

    public BranchInfo {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        services = List.copyOf(services);
        desks = List.copyOf(desks);
    }

    /** A service id with its name in both languages. */
    public record ServiceName(String id, LocalizedText name) {
    }

    /** A desk id with its name as shown ("Skranke 1"). */
    public record DeskName(String id, String name) {
    }

    public static BranchInfo unknown(String id) {
        return new BranchInfo(id, id, List.of(), List.of());
    }
}
