package dk.skranke.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages citizens can choose; Danish first. */
public enum Language {
    DA, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
