package dk.skranke.central.engine;

import dk.skranke.core.appointment.BookingCodes;
import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers: ticket ids, and the unguessable public tokens of the status page. */
public final class Ids {
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next(String prefix) {
        char[] chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + new String(chars);
    }

    /** 192 random bits, URL-safe. */
    public String publicToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A fresh booking code (not yet checked against the branch's existing codes). */
    public String bookingCode() {
        return BookingCodes.generate(random);
    }
}
