package dk.skranke.core.hours;

import dk.skranke.core.i18n.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/** A named day on which a centre may be closed, e.g. {@code paaskedag} with its Danish and English name. */
public record Holiday(LocalDate date, String key, LocalizedText name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (key.isBlank()) {
            throw new IllegalArgumentException("holiday key must not be blank");
        }
    }
}
