package dk.skranke.systemtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The kiosk.yaml of the benchmark kiosk: real printer driver on a serial port, branch "sys". */
final class KioskConfigFile {
    private KioskConfigFile() {
    }

    static Path write(Path dir, String centralUrl, String token, int httpPort, Path serialPort) throws IOException {
        String yaml = """
                central:
                  url: %s
                  token: %s
                  device: kiosk-1
                  branch: sys
                  timeout: 1500ms
                http:
                  host: 127.0.0.1
                  port: %d
                data: %s
                idleSeconds: 60
                numberBlocks:
                  size: 50
                  refillBelow: 15
                hardware:
                  mode: real
                  printer: {connection: serial, port: %s, baud: 115200}
                  paper: 80mm
                """.formatted(centralUrl, token, httpPort, dir.resolve("kiosk-data"), serialPort);
        Path file = dir.resolve("kiosk.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
