package dk.skranke.hardware.printer;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The localized labels printed on a ticket; {@code %d} in a label is replaced by the number. */
public record TicketTexts(String peopleAhead, String estimatedWait, String followQueue, String selfService) {

    public TicketTexts {
        requireText(peopleAhead, "peopleAhead");
        requireText(estimatedWait, "estimatedWait");
        requireText(followQueue, "followQueue");
        requireText(selfService, "selfService");
    }

    /** Danish texts from {@code ticket.properties}. */
    public static TicketTexts danish() {
        return load(Locale.ROOT);
    }

    /** English texts from {@code ticket_en.properties}. */
    public static TicketTexts english() {
        return load(Locale.ENGLISH);
    }

    /** Texts for {@code locale}, falling back to Danish. */
    public static TicketTexts load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("dk.skranke.hardware.printer.ticket", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TicketTexts(bundle.getString("ticket.peopleAhead"), bundle.getString("ticket.estimatedWait"),
                bundle.getString("ticket.followQueue"), bundle.getString("ticket.selfService"));
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name + " must not be null").isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
