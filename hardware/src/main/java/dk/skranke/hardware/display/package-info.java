/**
 * Desk LED number displays: {@link dk.skranke.hardware.display.DeskDisplays} in our words, the serial bus driver
 * {@link dk.skranke.hardware.display.SerialDeskDisplayBus}, the simulator
 * {@link dk.skranke.hardware.display.SimulatedDeskDisplays}, and two pure wire protocols.
 *
 * <h2>Bus</h2>
 * One serial port, RS-485 half-duplex (two-wire) or RS-232, 9600 baud by default, 8 data bits, no parity,
 * 1 stop bit, no flow control. Several displays share the bus, each with its own address 1-247 (0x01-0xF7).
 * Skranke is the only master: it sends one request, then waits for that display's reply for at most the
 * reply timeout (200 ms by default) before sending the next request. A display must answer within 100 ms
 * of the last request byte and must never send unasked. Displays show up to 6 characters from
 * {@code A-Z}, {@code 0-9}, space and {@code -}.
 *
 * <h2>Skranke ASCII frame protocol ({@code ascii})</h2>
 * <pre>
 * request:  STX  A1 A2  CMD  PAYLOAD...  ETX  K1 K2
 *           0x02                         0x03
 * reply:    ACK A1 A2   (0x06, accepted)
 *           NAK A1 A2   (0x15, refused: bad checksum, unknown command, text it cannot show)
 * </pre>
 * <ul>
 *   <li>{@code A1 A2}: the display address as two ASCII hexadecimal digits, upper case
 *       ({@code "01"}-{@code "F7"}).</li>
 *   <li>{@code CMD}: one ASCII letter. {@code 'D'} (0x44) display the payload; {@code 'C'} (0x43) clear the display,
 *       no payload.</li>
 *   <li>{@code PAYLOAD}: 1-6 ASCII characters from {@code A-Z 0-9 space -}, shown left-aligned; positions beyond
 *       the payload are blank.</li>
 *   <li>{@code K1 K2}: checksum as two upper-case ASCII hexadecimal digits: the XOR of every byte from
 *       {@code A1} up to and including {@code ETX} (STX is not included).</li>
 *   <li>A display ignores frames for other addresses and frames it cannot parse up to ETX + 2 bytes; it answers
 *       NAK with its own address when the checksum is wrong. A reply has no checksum.</li>
 * </ul>
 * Example, show {@code P017} on display 1 (checksum 30^31^44^50^30^31^37^03 = 0x20):
 * <pre>
 * 02 30 31 44 50 30 31 37 03 32 30      reply  06 30 31
 * </pre>
 * Clear display 2: {@code 02 30 32 43 03 34 32}, reply {@code 06 30 32}.
 *
 * <h2>Modbus RTU ({@code modbus}), DM-type numeric LED displays</h2>
 * Function 16 (0x10, write multiple registers) to the display's text registers:
 * <pre>
 * request:  SLAVE 10 START_HI START_LO 00 COUNT BYTES  DATA...  CRC_LO CRC_HI
 * reply:    SLAVE 10 START_HI START_LO 00 COUNT  CRC_LO CRC_HI          (echo)
 *           SLAVE 90 CODE  CRC_LO CRC_HI                               (exception)
 * </pre>
 * <ul>
 *   <li>{@code START}: first text register, configurable, default 0x0000. {@code COUNT}: width / 2 rounded up
 *       (3 for a 6-character display); {@code BYTES} = 2 x COUNT.</li>
 *   <li>{@code DATA}: the text as ASCII, two characters per register, first character in the high byte,
 *       left-aligned and padded with spaces (0x20). Clearing writes all spaces.</li>
 *   <li>CRC-16/MODBUS over all preceding bytes: polynomial 0xA001 (reflected 0x8005), initial value 0xFFFF,
 *       sent low byte first. Check values: {@code 01 03 00 00 00 01} gives {@code 84 0A};
 *       ASCII {@code "123456789"} gives 0x4B37.</li>
 *   <li>Exception codes are reported as the display's status, e.g. 02 illegal data address.</li>
 * </ul>
 * Example, show {@code P017} on slave 1: {@code 01 10 00 00 00 03 06 50 30 31 37 20 20 0D FE},
 * reply {@code 01 10 00 00 00 03 80 08}.
 *
 * <h2>Faults</h2>
 * No reply within the timeout marks that display {@code NO_ANSWER} and the bus moves on; a missing or vanished
 * port marks every display {@code PORT_UNAVAILABLE}. The driver reopens the port every 500 ms in the background,
 * then re-sends what each display should show; a display that did not answer gets its text again every 2 s.
 */
package dk.skranke.hardware.display;
