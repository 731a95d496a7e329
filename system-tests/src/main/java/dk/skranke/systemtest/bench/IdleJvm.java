package dk.skranke.systemtest.bench;

/** The bare baseline for memory: a JVM with the kiosk's flags that does nothing until its stdin closes. */
public final class IdleJvm {
    private IdleJvm() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("idle");
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the parent to close stdin
        }
    }
}
