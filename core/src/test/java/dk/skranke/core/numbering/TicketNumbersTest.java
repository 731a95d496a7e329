package dk.skranke.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumbersTest {

    @ParameterizedTest
    @CsvSource({"P, 1, P001", "P, 17, P017", "K, 99, K099", "P, 999, P999", "P, 1000, P1000", "A, 12345, A12345"})
    void numbers_are_the_prefix_and_at_least_three_digits(String prefix, long sequence, String expected) {
        // when / then
        assertThat(TicketNumbers.format(prefix, sequence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void sequences_start_at_one(long sequence) {
        // when / then
        assertThatThrownBy(() -> TicketNumbers.format("P", sequence)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sequence starts at 1");
    }
}
