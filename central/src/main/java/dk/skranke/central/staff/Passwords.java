package dk.skranke.central.staff;

import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Hashes staff passwords with Argon2id and checks them against Argon2id or bcrypt hashes. */
public final class Passwords {
    /** Longer inputs are refused before hashing: nobody types them, and they only cost CPU. */
    public static final int MAX_LENGTH = 1024;
    private static final Pattern ARGON2ID = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=\\d{1,8},t=\\d{1,3},p=\\d{1,3}\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{16,}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    // Spring's current recommendation: 16-byte salt, 32-byte hash, 1 lane, 16 MiB, 2 passes.
    private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    /** Checked against when the user is unknown, so the answer takes as long as for a known user. */
    private final String decoy;

    public Passwords() {
        this.decoy = hash("decoy password that matches nothing");
    }

    /** A new Argon2id hash in the PHC string format ({@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash}). */
    public String hash(CharSequence password) {
        return argon2.encode(password);
    }

    /** Whether the password matches the hash; false for an unsupported or malformed hash. */
    public boolean matches(CharSequence password, String hash) {
        if (password == null || password.length() > MAX_LENGTH || hash == null) {
            return false;
        }
        if (ARGON2ID.matcher(hash).matches()) {
            return argon2.matches(password, hash);
        }
        if (BCRYPT.matcher(hash).matches()) {
            return bcrypt.matches(password, hash);
        }
        return false;
    }

    /** Spends the time of one check without a user, so "unknown user" and "wrong password" look alike. */
    public void checkDecoy(CharSequence password) {
        argon2.matches(password == null ? "" : password, decoy);
    }

    /** Whether the configuration may hold this as a password hash. */
    public static boolean isSupportedHash(String hash) {
        return hash != null && (ARGON2ID.matcher(hash).matches() || BCRYPT.matcher(hash).matches());
    }
}
