package dk.skranke.systemtest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Resident memory of a JVM that only started, with the kiosk's flags: what the kiosk costs on top of Java. */
final class IdleBaseline {
    private IdleBaseline() {
    }

    static ResidentMemory measure() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(KioskProcess.JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), IdleJvm.class.getName()));
        Process idle = new ProcessBuilder(command).start();
        try {
            if (idle.getInputStream().read() == -1) {
                throw new IOException("the idle JVM exited before it started");
            }
            return ResidentMemory.of(idle.pid());
        } finally {
            idle.getOutputStream().close();
            idle.waitFor();
        }
    }
}
