package dk.skranke.kiosk.app;

import dk.skranke.hardware.Hardware;
import dk.skranke.kiosk.config.KioskConfig;
import dk.skranke.kiosk.config.KioskConfigLoader;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code kiosk --config FILE [--port N] [--data DIR] [--central URL]}: runs the kiosk app until stopped. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        KioskArgs parsed;
        try {
            parsed = KioskArgs.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kiosk: " + e.getMessage());
            System.err.print(KioskArgs.USAGE);
            System.exit(2);
            return;
        }
        if (parsed.help()) {
            System.out.print(KioskArgs.USAGE);
        } else if (parsed.version()) {
            System.out.println("skranke kiosk " + KioskApp.VERSION);
        } else {
            try {
                run(parsed);
            } catch (Exception e) {
                System.err.println("kiosk: " + e.getMessage());
                System.exit(2);
            }
        }
    }

    private static void run(KioskArgs args) throws InterruptedException {
        KioskConfig config = args.overriding(new KioskConfigLoader(System.getenv()).load(args.config()));
        // the host's zone is never used: KioskApp sees this clock in the branch's zone (config `zone`)
        Clock clock = Clock.systemUTC();
        Hardware hardware = Hardware.create(config.hardwareSettings(), clock);
        KioskApp app = new KioskApp(config, clock, hardware).start();
        // Printed for scripts and tests, which wait for this line.
        System.out.println("kiosk listening on port " + app.port());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            hardware.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
