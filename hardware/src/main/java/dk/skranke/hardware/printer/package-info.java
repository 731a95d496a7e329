/** The kiosk's ticket printer: ESC/POS encoding, real-time status, the real driver and its simulator. */
package dk.skranke.hardware.printer;
