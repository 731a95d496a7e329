package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The installer's {@code hw say <number> <desk> [da|en]} diagnostic: announces one call through the given
 * player, waits until it has been said, and prints what was said and the sound status.
 */
public final class SayDiagnostic {

    /** Exit code when the call was said and sound is ok. */
    public static final int OK = 0;
    /** Exit code when the call was handled but sound is not heard (no device, timeout). */
    public static final int NOT_HEARD = 1;
    /** Exit code for wrong arguments. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = "usage: hw say <number> <desk> [da|en]   e.g. hw say P17 3";

    private final ClipPlayer player;
    private final Duration timeout;

    public SayDiagnostic(ClipPlayer player, Duration timeout) {
        this.player = Objects.requireNonNull(player, "player");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Runs the diagnostic for the command-line arguments after {@code hw say}; returns the exit code. */
    public int run(List<String> args, PrintWriter out) throws InterruptedException {
        Call call;
        try {
            call = parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE_TEXT);
            out.flush();
            return USAGE;
        }
        AnnouncementQueue announcer = AnnouncementQueue.start(player, 1);
        try {
            announcer.announce(call);
            boolean done = announcer.awaitIdle(timeout);
            SoundStatus status = announcer.status();
            out.println("said: " + CallPhrase.of(call).text() + " " + CallPhrase.clips(call));
            out.println("sound: " + status.state() + (status.detail().isEmpty() ? "" : " (" + status.detail() + ")"));
            out.flush();
            return done && status.isOk() ? OK : NOT_HEARD;
        } finally {
            announcer.close();
        }
    }

    static Call parse(List<String> args) {
        if (args.size() < 2 || args.size() > 3) {
            throw new IllegalArgumentException("expected a ticket number and a desk");
        }
        Language language = args.size() == 3 ? language(args.get(2)) : Language.DA;
        return new Call(args.get(0), args.get(1), language);
    }

    private static Language language(String code) {
        for (Language language : Language.values()) {
            if (language.code().equals(code.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new IllegalArgumentException("language '" + code + "' must be da or en");
    }
}
