package dk.skranke.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.hardware.display.internal.Crc16Modbus;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ModbusRtuProtocolTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private final ModbusRtuProtocol protocol = new ModbusRtuProtocol();

    @Test
    void crc_of_classic_read_holding_register_request_is_84_0A() {
        // given the textbook request 01 03 00 00 00 01, when the CRC is computed, then it is 0x0A84 (sent 84 0A)
        assertThat(Crc16Modbus.of(HEX.parseHex("01 03 00 00 00 01"))).isEqualTo(0x0A84);
    }

    @Test
    void crc_of_catalogue_check_string_123456789_is_4B37() {
        assertThat(Crc16Modbus.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x4B37);
    }

    @Test
    void encodes_show_P017_at_slave_1_as_function_16_with_three_registers_padded_with_spaces() {
        // when
        byte[] frame = protocol.encodeShow(1, DisplayText.of("P017"));
        // then: slave, fn, start, count, byte count, "P017  ", CRC low first
        assertThat(HEX.formatHex(frame)).isEqualTo("01 10 00 00 00 03 06 50 30 31 37 20 20 0D FE");
    }

    @Test
    void encodes_clear_at_slave_2_as_all_spaces() {
        assertThat(HEX.formatHex(protocol.encodeClear(2))).isEqualTo("02 10 00 00 00 03 06 20 20 20 20 20 20 77 F6");
    }

    @Test
    void uses_configured_start_register_and_width() {
        // given a four-character display whose text starts at register 0x0010
        ModbusRtuProtocol fourWide = new ModbusRtuProtocol(0x0010, 4);
        // then
        assertThat(HEX.formatHex(fourWide.encodeShow(3, DisplayText.of("A1"))))
                .isEqualTo("03 10 00 10 00 02 04 41 31 20 20 A4 F0");
    }

    @Test
    void rejects_text_wider_than_the_display() {
        assertThatThrownBy(() -> new ModbusRtuProtocol(0, 4).encodeShow(1, DisplayText.of("P0170")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wider");
    }

    @Test
    void accepts_echo_of_address_function_start_and_count() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("01 10 00 00 00 03 80 08"))).isEqualTo(DisplayReply.accepted());
    }

    @Test
    void parses_exception_response_as_refused_with_its_code() {
        DisplayReply reply = protocol.decodeReply(1, HEX.parseHex("01 90 02 CD C1"));
        assertThat(reply.kind()).isEqualTo(DisplayReply.Kind.REFUSED);
        assertThat(reply.detail()).contains("02 illegal data address");
    }

    @Test
    void waits_while_echo_is_incomplete() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("01 10 00 00 00")).isFinal()).isFalse();
    }

    @Test
    void calls_echo_with_bad_crc_garbled() {
        assertThat(protocol.decodeReply(1, HEX.parseHex("01 10 00 00 00 03 80 09")).kind())
                .isEqualTo(DisplayReply.Kind.GARBLED);
    }

    @Test
    void calls_valid_echo_from_another_slave_garbled() {
        byte[] fromTwo = HEX.parseHex("02 10 00 00 00 03 00 00");
        int crc = Crc16Modbus.of(fromTwo, 6);
        fromTwo[6] = (byte) crc;
        fromTwo[7] = (byte) (crc >>> 8);
        assertThat(protocol.decodeReply(1, fromTwo).kind()).isEqualTo(DisplayReply.Kind.GARBLED);
    }
}
