package dk.skranke.core.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingCodesTest {

    private static final String LOOK_ALIKES = "0O1IL2Z5S8B";

    @Test
    void generated_codes_use_every_unambiguous_letter_and_digit_and_no_look_alike() {
        // given a generator that walks through every position of the alphabet
        RandomGenerator counting = new CountingRandom();
        Set<Character> used = new HashSet<>();

        // when
        for (int i = 0; i < 10; i++) {
            BookingCodes.generate(counting).chars().forEach(c -> used.add((char) c));
        }

        // then
        Set<Character> expected = new HashSet<>();
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".chars()
                .filter(c -> LOOK_ALIKES.indexOf(c) < 0).forEach(c -> expected.add((char) c));
        assertThat(used).isEqualTo(expected).hasSize(25);
    }

    @Test
    void generated_codes_are_six_characters_and_well_formed() {
        // given a seeded random
        SplittableRandom random = new SplittableRandom(42);

        // when / then
        for (int i = 0; i < 500; i++) {
            String code = BookingCodes.generate(random);
            assertThat(code).hasSize(6).doesNotContainPattern("[" + LOOK_ALIKES + "]");
            assertThat(BookingCodes.isWellFormed(code)).isTrue();
            assertThat(BookingCodes.normalise(code)).isEqualTo(code);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "acd-e34      | ACDE34",
        "'  ac de 34 '| ACDE34",
        "AC-DE-34     | ACDE34",
        "'ac\tde 34' | ACDE34",
        "ACDE34       | ACDE34"})
    void typed_codes_are_normalised_to_upper_case_without_spaces_or_dashes(String typed, String expected) {
        // when / then
        assertThat(BookingCodes.normalise(typed)).isEqualTo(expected);
    }

    @Test
    void a_missing_code_normalises_to_empty_which_is_not_well_formed() {
        // when
        String normalised = BookingCodes.normalise(null);

        // then
        assertThat(normalised).isEmpty();
        assertThat(BookingCodes.isWellFormed(normalised)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCD", "ABCD1234", "0123456789ABCDEF", "OIL0"})
    void codes_of_four_to_sixteen_capital_letters_or_digits_are_well_formed(String code) {
        // when / then
        assertThat(BookingCodes.isWellFormed(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "0123456789ABCDEFG", "abcd", "AB-CD", "AB CD", "ÆØÅ1", ""})
    void other_codes_are_not_well_formed(String code) {
        // when / then
        assertThat(BookingCodes.isWellFormed(code)).isFalse();
    }

    /** Returns 0, 1, 2, ... modulo the bound, so every alphabet position is drawn in turn. */
    private static final class CountingRandom implements RandomGenerator {
        private int next;

        @Override
        public int nextInt(int bound) {
            return next++ % bound;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("BookingCodes should draw with nextInt(bound)");
        }
    }
}
