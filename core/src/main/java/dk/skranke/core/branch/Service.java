package dk.skranke.core.branch;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.i18n.LocalizedText;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service citizens come for (passport, driving licence, ...), with its ticket prefix and the
 * digital self-service alternative the kiosk nudges towards.
 *
 * @param weight how much a minute of waiting counts for this service when desks pick across
 *     services by waiting time (1.0 = neutral, 2.0 = a minute counts double)
 */
public record Service(
        String id,
        LocalizedText name,
        String prefix,
        String selfServiceUrl,
        LocalizedText nudge,
        Duration defaultServiceTime,
        double weight,
        LocalizedText category) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]");

    public Service {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultServiceTime, "defaultServiceTime");
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "must be lower-case letters, digits and '-' (got '" + id + "')");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidInputException("prefix", "must be one capital letter A-Z (got '" + prefix + "')");
        }
        if (defaultServiceTime.isNegative() || defaultServiceTime.isZero()) {
            throw new InvalidInputException("defaultServiceTime", "must be positive");
        }
        if (!(weight > 0) || weight > 100) {
            throw new InvalidInputException("weight", "must be > 0 and <= 100 (got " + weight + ")");
        }
        if (selfServiceUrl != null && !selfServiceUrl.startsWith("https://")) {
            throw new InvalidInputException("selfServiceUrl", "must be an https:// address");
        }
        if ((selfServiceUrl == null) != (nudge == null)) {
            throw new InvalidInputException(selfServiceUrl == null ? "selfServiceUrl" : "nudge",
                    "selfServiceUrl and nudge go together: give both or neither");
        }
    }

    public boolean hasDigitalAlternative() {
        return selfServiceUrl != null;
    }

    public Optional<LocalizedText> categoryName() {
        return Optional.ofNullable(category);
    }
}
