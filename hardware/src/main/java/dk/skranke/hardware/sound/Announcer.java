package dk.skranke.hardware.sound;

/** Says calls out loud in the waiting room, one after another, never two at once. */
public interface Announcer extends AutoCloseable {

    /** Queues the call and returns at once; it is heard after every call queued before it. */
    void announce(Call call);

    /** Whether calls are currently heard; never throws. */
    SoundStatus status();

    /** Stops announcing; calls still waiting are dropped. */
    @Override
    void close();
}
