package dk.skranke.hardware.printer.internal;

import dk.skranke.hardware.printer.TicketLayout;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The text of a ticket, wrapped to the paper: shared by the ESC/POS encoder and the PNG preview. */
public final class TicketLines {
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private TicketLines() {
    }

    public static List<String> header(TicketLayout t) {
        return wrap(List.of(t.branchName(), t.serviceName()), t.paper().charsPerLine());
    }

    public static List<String> details(TicketLayout t) {
        return wrap(List.of(ISSUED.format(t.issuedAt()),
                String.format(t.texts().peopleAhead(), t.peopleAhead()),
                String.format(t.texts().estimatedWait(), t.estimatedWaitMinutes()),
                "", t.texts().followQueue()), t.paper().charsPerLine());
    }

    /** Empty when the service has no self-service address. */
    public static List<String> selfService(TicketLayout t) {
        if (t.selfServiceUrl() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (t.selfServiceNudge() != null) {
            lines.add(t.selfServiceNudge());
        }
        lines.add(t.texts().selfService());
        lines.add(t.selfServiceUrl());
        return wrap(lines, t.paper().charsPerLine());
    }

    /** Word-wraps each line to {@code width}; a word longer than a line is broken. */
    public static List<String> wrap(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            wrapOne(line.strip(), width, out);
        }
        return out;
    }

    private static void wrapOne(String line, int width, List<String> out) {
        if (line.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder current = new StringBuilder();
        for (String word : line.split("\\s+")) {
            while (word.length() > width) {
                flush(current, out);
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                flush(current, out);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        flush(current, out);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
