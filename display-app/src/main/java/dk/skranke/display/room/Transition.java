package dk.skranke.display.room;

import java.util.List;

/** A room change: the state after it and the effects to carry out, in order. */
public record Transition(RoomState state, List<Effect> effects) {
    public Transition {
        effects = List.copyOf(effects);
    }

    static Transition unchanged(RoomState state) {
        return new Transition(state, List.of());
    }
}
