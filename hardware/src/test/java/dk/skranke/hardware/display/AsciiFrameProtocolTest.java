package dk.skranke.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AsciiFrameProtocolTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private final AsciiFrameProtocol protocol = new AsciiFrameProtocol();

    @Test
    void encodes_show_P017_at_address_1_as_golden_frame_with_xor_checksum() {
        // given address 1 and P017; checksum 30^31^44^50^30^31^37^03 = 0x20 -> "20"
        // when
        byte[] frame = protocol.encodeShow(1, DisplayText.of("P017"));
        // then
        assertThat(HEX.formatHex(frame)).isEqualTo("02 30 31 44 50 30 31 37 03 32 30");
    }

    @Test
    void encodes_clear_at_address_2_as_golden_frame_without_payload() {
        assertThat(HEX.formatHex(protocol.encodeClear(2))).isEqualTo("02 30 32 43 03 34 32");
    }

    @Test
    void encodes_address_26_in_upper_case_hex_with_dash_and_space_in_payload() {
        assertThat(HEX.formatHex(protocol.encodeShow(26, DisplayText.of("B-12 3"))))
                .isEqualTo("02 31 41 44 42 2D 31 32 20 33 03 34 38");
    }

    @Test
    void accepts_ack_with_matching_address() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("06 30 31"))).isEqualTo(DisplayReply.accepted());
    }

    @Test
    void reports_nak_as_refused() {
        assertThat(protocol.decodeReply(2, HEX.parseHex("15 30 32")).kind()).isEqualTo(DisplayReply.Kind.REFUSED);
    }

    @Test
    void waits_for_more_bytes_while_reply_is_short() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("06 30")).isFinal()).isFalse();
    }

    @Test
    void calls_ack_from_another_address_garbled() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("06 30 32")).kind()).isEqualTo(DisplayReply.Kind.GARBLED);
    }

    @Test
    void calls_noise_garbled() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("41 30 31")).kind()).isEqualTo(DisplayReply.Kind.GARBLED);
    }

    @Test
    void rejects_address_outside_1_to_247() {
        assertThatThrownBy(() -> protocol.encodeClear(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("address");
        assertThatThrownBy(() -> protocol.encodeClear(248)).isInstanceOf(InvalidInputException.class);
    }
}
