package dk.skranke.core.i18n;

import java.util.Objects;

/** A user-facing text in Danish and English. */
public record LocalizedText(String da, String en) {

    public LocalizedText {
        Objects.requireNonNull(da, "da");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.EN ? en : da;
    }
}
