package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skranke.hardware.internal.Hex;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TicketEncoderTest {
    private final TicketEncoder encoder = new TicketEncoder();

    @Test
    void danish_letters_become_their_code_page_865_bytes() {
        // given / when
        byte[] bytes = TicketEncoder.text("æøåÆØÅ");
        // then
        assertThat(Hex.of(bytes)).isEqualTo("91 9B 86 92 9D 8F");
    }

    @Test
    void a_ticket_starts_with_initialise_then_selects_code_page_865() {
        // given / when
        byte[] bytes = encoder.encode(Tickets.ticket("P017"));
        // then
        assertThat(Hex.of(bytes)).startsWith("1B 40 1B 74 05 1B 61 01");
    }

    @Test
    void a_ticket_ends_with_feed_and_partial_cut() {
        // given / when
        String hex = Hex.of(encoder.encode(Tickets.ticket("P017")));
        // then
        assertThat(hex).endsWith("0A 1D 56 42 03");
    }

    @Test
    void the_qr_code_is_model_2_with_its_length_counted_in_bytes() {
        // given a 25-byte url, so the store length is 25 + 3 = 28 = 0x1C
        String url = "https://skranke.dk/t/AB12";
        // when
        String hex = Hex.of(TicketEncoder.qr(url, 6));
        // then
        assertThat(hex).isEqualTo("1D 28 6B 04 00 31 41 32 00 "
                + "1D 28 6B 03 00 31 43 06 "
                + "1D 28 6B 03 00 31 45 31 "
                + "1D 28 6B 1C 00 31 50 30 " + Hex.of(url.getBytes()) + " "
                + "1D 28 6B 03 00 31 51 30 0A");
    }

    @Test
    void a_qr_code_longer_than_252_bytes_carries_the_high_length_byte() {
        // given 300 bytes of data: 303 = 0x012F
        String url = "https://x.dk/" + "a".repeat(287);
        // when
        String hex = Hex.of(TicketEncoder.qr(url, 4));
        // then
        assertThat(hex).contains("1D 28 6B 2F 01 31 50 30 68 74 74 70");
    }

    @Test
    void the_ticket_contains_the_status_url_qr_and_the_big_number() {
        // given / when
        String hex = Hex.of(encoder.encode(Tickets.ticket("P017")));
        // then
        assertThat(hex).contains("1D 28 6B 1C 00 31 50 30 " + Hex.of(Tickets.STATUS_URL.getBytes()));
        assertThat(hex).contains("1D 21 33 50 30 31 37 0A 1D 21 00");
    }

    @Test
    void labels_are_printed_in_code_page_865() {
        // given / when
        String hex = Hex.of(encoder.encode(Tickets.ticket("P017")));
        // then "Foran dig: 4" and "Følg din plads i køen:"
        assertThat(hex).contains(Hex.of("Foran dig: 4\n".getBytes()));
        assertThat(hex).contains("46 9B 6C 67 20 64 69 6E");
    }

    @Test
    void a_logo_is_sent_as_a_raster_image_before_the_header() {
        // given
        TicketLayout t = Tickets.ticket("P017");
        TicketLayout withLogo = new TicketLayout(t.paper(), t.branchName(), t.serviceName(), t.ticketNumber(),
                t.issuedAt(), 0, 0, t.statusUrl(), null, null, new TicketLogo(2, 1, new byte[] {(byte) 0xFF, 0x01}),
                t.texts());
        // when
        String hex = Hex.of(encoder.encode(withLogo));
        // then
        assertThat(hex).startsWith("1B 40 1B 74 05 1B 61 01 1D 76 30 00 02 00 01 00 FF 01 0A 1B 45 01");
    }

    @Test
    void long_lines_wrap_at_32_characters_on_58_mm_and_48_on_80_mm() {
        // given a branch name of 40 characters
        String branch = "Borgerservice Københavns Kommune Nørrebro";
        ZonedDateTime at = ZonedDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneId.of("UTC"));
        TicketLayout narrow = new TicketLayout(PaperWidth.MM_58, branch, "Pas", "A1", at, 0, 0,
                "https://a.dk", null, null, null, TicketTexts.english());
        TicketLayout wide = new TicketLayout(PaperWidth.MM_80, branch, "Pas", "A1", at, 0, 0,
                "https://a.dk", null, null, null, TicketTexts.english());
        // when
        String narrowHex = Hex.of(encoder.encode(narrow));
        String wideHex = Hex.of(encoder.encode(wide));
        // then 58 mm breaks after "Kommune", 80 mm keeps one line; 58 mm uses a smaller QR module
        assertThat(narrowHex).contains(Hex.of(TicketEncoder.text("Borgerservice Københavns Kommune\nNørrebro\n")));
        assertThat(wideHex).contains(Hex.of(TicketEncoder.text(branch + "\n")));
        assertThat(narrowHex).contains("1D 28 6B 03 00 31 43 04");
        assertThat(wideHex).contains("1D 28 6B 03 00 31 43 06");
    }
}
