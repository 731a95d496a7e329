package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallPhraseTest {

    @Test
    void a_danish_call_for_P017_at_desk_3_says_chime_nummer_p_sytten_skranke_tre() {
        // given a Danish call with a zero-padded ticket number
        Call call = Call.danish("P017", "3");

        // when it is turned into clips
        var clips = CallPhrase.clips(call);

        // then leading zeros are dropped and the words are in speaking order
        assertThat(clips).containsExactly("chime", "nummer", "p", "sytten", "skranke", "tre");
    }

    @Test
    void an_english_call_for_P017_at_desk_3_says_chime_number_p_seventeen_desk_three() {
        // given / when
        var clips = CallPhrase.clips("P017", "3", Language.EN);

        // then
        assertThat(clips).containsExactly("chime", "number", "p", "seventeen", "desk", "three");
    }

    @ParameterizedTest(name = "{0} in Danish is \"{1}\"")
    @CsvSource({
        "0, nul",
        "1, en",
        "20, tyve",
        "21, en og tyve",
        "50, halvtreds",
        "99, ni og halvfems",
        "100, et hundrede",
        "117, et hundrede og sytten",
        "121, et hundrede og en og tyve",
        "200, to hundrede",
        "999, ni hundrede og ni og halvfems"
    })
    void danish_numbers_are_composed_the_way_danes_say_them(int number, String words) {
        // given a number / when composed in Danish / then
        assertThat(String.join(" ", CallPhrase.numberWords(number, Language.DA))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} in English is \"{1}\"")
    @CsvSource({
        "0, zero",
        "13, thirteen",
        "20, twenty",
        "21, twenty one",
        "90, ninety",
        "100, one hundred",
        "117, one hundred and seventeen",
        "342, three hundred and forty two"
    })
    void english_numbers_are_composed_with_tens_before_ones(int number, String words) {
        // given a number / when composed in English / then
        assertThat(String.join(" ", CallPhrase.numberWords(number, Language.EN))).isEqualTo(words);
    }

    @Test
    void letter_prefixes_are_spelled_and_lower_case_input_is_accepted() {
        // given a two-letter prefix typed in lower case and a desk with a prefix
        // when
        var clips = CallPhrase.clips("ab5", "d02", Language.DA);

        // then every letter is its own clip
        assertThat(clips).containsExactly("chime", "nummer", "a", "b", "fem", "skranke", "d", "to");
    }

    @Test
    void a_phrase_carries_the_sentence_as_text_for_logs() {
        // given / when
        Phrase danish = CallPhrase.of(Call.danish("P017", "03"));
        Phrase english = CallPhrase.of(Call.english("P017", "3"));

        // then
        assertThat(danish.text()).isEqualTo("Nummer P17, skranke 3");
        assertThat(english.text()).isEqualTo("Number P17, desk 3");
    }

    @ParameterizedTest(name = "ticket number \"{0}\" is rejected")
    @ValueSource(strings = {"", " ", "P", "17P", "ABCD1", "P-17", "P1000", "Æ12", "P 17", "P12345"})
    void garbage_ticket_numbers_are_rejected_with_a_message_naming_the_field(String garbage) {
        // given garbage / when / then
        assertThatThrownBy(() -> CallPhrase.clips(garbage, "3", Language.DA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ticket number");
    }

    @Test
    void a_missing_desk_or_language_is_rejected() {
        assertThatThrownBy(() -> CallPhrase.clips("P17", null, Language.DA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("desk");
        assertThatThrownBy(() -> CallPhrase.clips("P17", "3", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("language");
    }
}
