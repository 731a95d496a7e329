package dk.skranke.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberBlockTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void a_block_contains_its_first_and_last_number_and_nothing_outside() {
        // given
        NumberBlock block = new NumberBlock("dragoer", "pas", DAY, "kiosk-1", 101, 150);

        // when / then
        assertThat(block.size()).isEqualTo(50);
        assertThat(block.contains(101)).isTrue();
        assertThat(block.contains(150)).isTrue();
        assertThat(block.contains(100)).isFalse();
        assertThat(block.contains(151)).isFalse();
    }

    @Test
    void a_block_of_one_number_is_allowed() {
        // when
        NumberBlock single = new NumberBlock("dragoer", "pas", DAY, "kiosk-1", 7, 7);

        // then
        assertThat(single.size()).isEqualTo(1);
        assertThat(single.contains(7)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "-5, 10", "10, 9"})
    void a_block_must_start_at_one_or_later_and_not_end_before_it_starts(long first, long last) {
        // when / then
        assertThatThrownBy(() -> new NumberBlock("dragoer", "pas", DAY, "kiosk-1", first, last))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a block runs from first >= 1 to last >= first");
    }

    @Test
    void a_block_names_its_branch_service_day_and_holder() {
        // when / then
        assertThatThrownBy(() -> new NumberBlock(null, "pas", DAY, "kiosk-1", 1, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("branch");
        assertThatThrownBy(() -> new NumberBlock("dragoer", null, DAY, "kiosk-1", 1, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("service");
        assertThatThrownBy(() -> new NumberBlock("dragoer", "pas", null, "kiosk-1", 1, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("day");
        assertThatThrownBy(() -> new NumberBlock("dragoer", "pas", DAY, null, 1, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("holder");
    }
}
