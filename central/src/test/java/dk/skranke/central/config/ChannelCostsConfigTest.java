package dk.skranke.central.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.central.testing.TestConfig;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelCostsConfigTest {
    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void without_a_costs_section_a_contact_costs_100_50_and_5_kroner() {
        assertThat(loader.parse(TestConfig.yaml()).costs()).isEqualTo(ChannelCosts.DEFAULT);
        assertThat(ChannelCosts.DEFAULT.personal()).isEqualByComparingTo("100");
    }

    @Test
    void configured_costs_replace_the_defaults_one_by_one() {
        ChannelCosts costs = loader.parse(TestConfig.yaml() + "costs: {personal: 120.5, digital: 3}\n").costs();

        assertThat(costs).isEqualTo(new ChannelCosts(new BigDecimal("120.50"), new BigDecimal("50"),
                new BigDecimal("3")));
    }

    @Test
    void a_negative_or_unknown_cost_is_refused_naming_the_key() {
        assertThatThrownBy(() -> loader.parse(TestConfig.yaml() + "costs: {phone: -1}\n"))
                .hasMessageStartingWith("costs.phone: must be an amount in kroner");
        assertThatThrownBy(() -> loader.parse(TestConfig.yaml() + "costs: {letter: 10}\n"))
                .hasMessageStartingWith("costs.letter: unknown key");
    }
}
