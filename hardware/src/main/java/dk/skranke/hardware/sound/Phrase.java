package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import java.util.List;
import java.util.Objects;

/** What to say for one call: the clips to play in order, and the same sentence as text for logs. */
public record Phrase(Language language, List<String> clips, String text) {

    public Phrase {
        Objects.requireNonNull(language, "language");
        clips = List.copyOf(clips);
        Objects.requireNonNull(text, "text");
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one clip");
        }
    }

    /** Classpath resource of one clip of this phrase's language. */
    public String resourceOf(String clip) {
        return ClipResources.resourceOf(language, clip);
    }
}
