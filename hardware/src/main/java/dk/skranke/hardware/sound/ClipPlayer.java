package dk.skranke.hardware.sound;

/** Plays one phrase's clips back to back and returns when the last one has finished. */
public interface ClipPlayer extends AutoCloseable {

    /** Plays the phrase, blocking until done; an unavailable device makes this a logged no-op. */
    void play(Phrase phrase);

    /** Whether the player can currently be heard. */
    SoundStatus status();

    @Override
    default void close() {
    }
}
