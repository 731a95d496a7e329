package dk.skranke.hardware.sound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays clips through Java Sound: the phrase's clips are joined into one PCM buffer and written to a
 * {@link SourceDataLine}, which is drained before returning. Without an audio device (servers, CI) the
 * status is unavailable, a WARN is logged once, and playing does nothing; the next call tries again.
 */
public final class JavaSoundClipPlayer implements ClipPlayer {

    /** The format every committed clip has: 16 kHz, 16-bit signed little-endian, mono. */
    public static final AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);

    private static final Logger LOG = LoggerFactory.getLogger(JavaSoundClipPlayer.class);

    /** Where the sound goes; the real one is the default mixer, tests pass a failing one. */
    public interface AudioOutput {
        /** Opens a started line for the format, or throws if there is none. */
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    private final AudioOutput output;
    private final ClassLoader resources;
    private final Map<String, byte[]> clipCache = new ConcurrentHashMap<>();
    private volatile SoundStatus status;

    /** A player on the system's default audio device. */
    public JavaSoundClipPlayer() {
        this(JavaSoundClipPlayer::openDefaultLine);
    }

    /** A player on the given output. */
    public JavaSoundClipPlayer(AudioOutput output) {
        this.output = Objects.requireNonNull(output, "output");
        this.resources = JavaSoundClipPlayer.class.getClassLoader();
        this.status = probe();
        if (!status.isOk()) {
            LOG.warn("No sound output; calls will not be heard ({})", status.detail());
        }
    }

    @Override
    public void play(Phrase phrase) {
        byte[] pcm = pcmOf(phrase);
        SourceDataLine line;
        try {
            line = output.open(FORMAT);
        } catch (LineUnavailableException | RuntimeException e) {
            markUnavailable(e);
            return;
        }
        try {
            line.write(pcm, 0, pcm.length);
            line.drain();
            markOk();
        } finally {
            line.close();
        }
    }

    @Override
    public SoundStatus status() {
        return status;
    }

    /** The phrase's clips joined into one buffer in {@link #FORMAT}; a missing clip is skipped with a WARN. */
    byte[] pcmOf(Phrase phrase) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (String clip : phrase.clips()) {
            String resource = phrase.resourceOf(clip);
            byte[] pcm = clipCache.computeIfAbsent(resource, this::load);
            joined.writeBytes(pcm);
        }
        return joined.toByteArray();
    }

    private byte[] load(String resource) {
        InputStream raw = resources.getResourceAsStream(resource);
        if (raw == null) {
            LOG.warn("Sound clip {} is missing; it is skipped", resource);
            return new byte[0];
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new java.io.BufferedInputStream(raw));
             AudioInputStream pcm = in.getFormat().matches(FORMAT) ? in : AudioSystem.getAudioInputStream(FORMAT, in)) {
            return pcm.readAllBytes();
        } catch (IOException | UnsupportedAudioFileException | IllegalArgumentException e) {
            LOG.warn("Sound clip {} cannot be read ({}); it is skipped", resource, e.toString());
            return new byte[0];
        }
    }

    private SoundStatus probe() {
        try {
            SourceDataLine line = output.open(FORMAT);
            line.close();
            return SoundStatus.ok("Java Sound, default mixer");
        } catch (LineUnavailableException | RuntimeException e) {
            return SoundStatus.unavailable(describe(e));
        }
    }

    private void markUnavailable(Exception e) {
        SoundStatus was = status;
        status = SoundStatus.unavailable(describe(e));
        if (was.isOk()) {
            LOG.warn("Sound output lost; calls will not be heard ({})", status.detail());
        }
    }

    private void markOk() {
        if (!status.isOk()) {
            LOG.info("Sound output available again");
        }
        status = SoundStatus.ok("Java Sound, default mixer");
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static SourceDataLine openDefaultLine(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = (SourceDataLine) AudioSystem.getLine(new DataLine.Info(SourceDataLine.class, format));
        line.open(format);
        line.start();
        return line;
    }
}
