package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketLayoutTest {

    @Test
    void danish_and_english_texts_load_from_the_bundles() {
        assertThat(String.format(TicketTexts.danish().peopleAhead(), 4)).isEqualTo("Foran dig: 4");
        assertThat(String.format(TicketTexts.english().peopleAhead(), 4)).isEqualTo("People ahead: 4");
        assertThat(String.format(TicketTexts.danish().estimatedWait(), 12)).isEqualTo("Forventet ventetid: ca. 12 min");
        assertThat(TicketTexts.danish().followQueue()).isEqualTo("Følg din plads i køen:");
        assertThat(TicketTexts.danish().selfService()).isEqualTo("Gør det selv på:");
    }

    @Test
    void a_ticket_number_too_long_for_big_print_is_rejected_with_its_name() {
        assertThatThrownBy(() -> Tickets.ticket("P123456789")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ticketNumber");
    }

    @Test
    void a_non_ascii_status_url_is_rejected() {
        TicketLayout t = Tickets.ticket("P1");
        assertThatThrownBy(() -> new TicketLayout(t.paper(), t.branchName(), t.serviceName(), "P1", t.issuedAt(),
                0, 0, "https://skranke.dk/kø", null, null, null, t.texts()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusUrl");
    }

    @Test
    void negative_people_ahead_is_rejected() {
        TicketLayout t = Tickets.ticket("P1");
        assertThatThrownBy(() -> new TicketLayout(t.paper(), t.branchName(), t.serviceName(), "P1", t.issuedAt(),
                -1, 0, t.statusUrl(), null, null, null, t.texts()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peopleAhead");
    }

    @Test
    void a_logo_whose_raster_does_not_match_its_size_is_rejected() {
        assertThatThrownBy(() -> new TicketLogo(2, 2, new byte[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 bytes");
    }
}
