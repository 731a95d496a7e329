package dk.skranke.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.hardware.internal.Hex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatusReplyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "12 12 12 12, OK",
        "1A 12 12 12, OFFLINE",
        "1A 16 12 12, COVER_OPEN",
        "1A 32 12 12, PAPER_OUT",
        "1A 12 12 72, PAPER_OUT",
        "12 12 12 32, PAPER_OUT",
        "12 12 12 52, PAPER_OUT",
        "1A 52 1A 12, CUTTER_ERROR",
        "12 52 12 12, OFFLINE",
        "12 12 32 12, OFFLINE",
        "12 12 52 12, OFFLINE",
        "12 12 12 1E, PAPER_NEAR_END",
        "12 12 12 16, PAPER_NEAR_END",
        "12 12 12 1A, PAPER_NEAR_END",
        "1A 12 12 1E, OFFLINE",
        "1A 32 12 7E, PAPER_OUT",
        "00 12 12 12, UNKNOWN",
        "12 12 12 93, UNKNOWN"})
    void each_status_bit_gives_its_status(String hex, PrinterStatus expected) {
        // given the four replies to 10 04 01..04 / when
        PrinterStatus status = StatusReply.parse(Hex.parse(hex));
        // then
        assertThat(status).isEqualTo(expected);
    }

    @Test
    void the_requests_are_dle_eot_1_to_4() {
        assertThat(Hex.of(StatusReply.request(0))).isEqualTo("10 04 01");
        assertThat(Hex.of(StatusReply.request(3))).isEqualTo("10 04 04");
    }

    @Test
    void a_request_handed_out_cannot_change_the_next_one() {
        // given a caller that scribbles over the bytes it got
        byte[] first = StatusReply.request(0);
        first[2] = 0x7F;
        // when / then the next caller still gets the real request
        assertThat(Hex.of(StatusReply.request(0))).isEqualTo("10 04 01");
    }

    @Test
    void fewer_than_four_bytes_is_rejected() {
        assertThatThrownBy(() -> StatusReply.parse(new byte[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 4");
    }

    @Test
    void only_ok_near_end_and_unknown_may_print_and_wire_names_round_trip() {
        for (PrinterStatus s : PrinterStatus.values()) {
            assertThat(PrinterStatus.fromWire(s.wire())).isEqualTo(s);
        }
        assertThat(PrinterStatus.values()).filteredOn(PrinterStatus::canPrint)
                .containsExactly(PrinterStatus.OK, PrinterStatus.PAPER_NEAR_END, PrinterStatus.UNKNOWN);
        assertThat(PrinterStatus.CUTTER_ERROR.wire()).isEqualTo("cutter-error");
    }
}
