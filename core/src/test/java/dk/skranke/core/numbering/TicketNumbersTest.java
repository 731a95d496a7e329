package dk.skranke.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
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

    @ParameterizedTest
    @CsvSource({"P, P001, 1", "P, P054, 54", "P, P999, 999", "P, P1000, 1000", "A, A12345, 12345",
            "K, K123456789, 123456789"})
    void a_number_written_as_central_writes_it_parses_back_to_its_sequence(String prefix, String number, long seq) {
        // when / then
        assertThat(TicketNumbers.parse(prefix, number)).hasValue(seq);
        assertThat(TicketNumbers.format(prefix, TicketNumbers.parse(prefix, number).getAsLong())).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K054", "p054", "P54", "P0054", "P000", "P", "P-12", "P+12", "P05a", "P 054", " P054",
            "P1234567890", "P٠٥٤", "PP054"})
    void anything_else_is_no_number_of_the_service(String number) {
        // when / then
        assertThat(TicketNumbers.parse("P", number)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_number_is_no_number(String number) {
        // when / then
        assertThat(TicketNumbers.parse("P", number)).isEmpty();
    }
}
