package dk.skranke.central.config;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one citizen contact costs the municipality per channel, in kroner (the business case for
 * channel shift): {@code costs:} in central's configuration.
 */
public record ChannelCosts(BigDecimal personal, BigDecimal phone, BigDecimal digital) {

    /** The municipalities' usual figures: 100 kr in person, 50 kr by phone, 5 kr digital. */
    public static final ChannelCosts DEFAULT = new ChannelCosts(BigDecimal.valueOf(100), BigDecimal.valueOf(50),
            BigDecimal.valueOf(5));

    public ChannelCosts {
        personal = personal.setScale(2, RoundingMode.HALF_UP);
        phone = phone.setScale(2, RoundingMode.HALF_UP);
        digital = digital.setScale(2, RoundingMode.HALF_UP);
    }
}
