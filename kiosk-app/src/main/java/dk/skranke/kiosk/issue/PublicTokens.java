package dk.skranke.kiosk.issue;

import java.security.SecureRandom;
import java.util.Base64;

/** Public tokens for tickets issued offline: 24 random bytes as 32 base64url characters, like central's. */
public final class PublicTokens {
    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
