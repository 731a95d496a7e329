package dk.skranke.hardware.sound;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sound simulator: logs what it would say ("Nummer P17, skranke 3") and keeps the phrases for tests and diagnostics. */
public final class SimulatedClipPlayer implements ClipPlayer {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedClipPlayer.class);

    private final List<Phrase> spoken = new CopyOnWriteArrayList<>();

    @Override
    public void play(Phrase phrase) {
        LOG.info("Would say: {} {}", phrase.text(), phrase.clips());
        spoken.add(phrase);
    }

    /** Every phrase said so far, oldest first. */
    public List<Phrase> spoken() {
        return List.copyOf(spoken);
    }

    /** The texts of every phrase said so far, oldest first. */
    public List<String> spokenTexts() {
        return spoken.stream().map(Phrase::text).toList();
    }

    @Override
    public SoundStatus status() {
        return SoundStatus.ok("simulated: calls are logged, not played");
    }
}
