package dk.skranke.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords are stored as Argon2id; bcrypt hashes made elsewhere are accepted too. */
class PasswordsTest {
    private final Passwords passwords = new Passwords();

    @Test
    void a_hash_is_argon2id_salted_and_matches_only_its_password() {
        // when the same password is hashed twice
        String first = passwords.hash("korrekt hest batteri");
        String second = passwords.hash("korrekt hest batteri");

        // then the hashes differ (salt) and each matches only that password
        assertThat(first).startsWith("$argon2id$v=19$m=16384,t=2,p=1$").isNotEqualTo(second);
        assertThat(Passwords.isSupportedHash(first)).isTrue();
        assertThat(passwords.matches("korrekt hest batteri", first)).isTrue();
        assertThat(passwords.matches("korrekt hest batteri ", first)).isFalse();
        assertThat(passwords.matches("Korrekt hest batteri", second)).isFalse();
    }

    @Test
    void a_bcrypt_hash_is_accepted() {
        // from the OpenBSD bcrypt test vectors
        String bcrypt = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
        assertThat(Passwords.isSupportedHash(bcrypt)).isTrue();
        assertThat(passwords.matches("U*V", bcrypt)).isFalse();
        assertThat(passwords.matches("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")).isTrue();
    }

    @Test
    void a_clear_text_or_malformed_hash_and_an_overlong_password_never_match() {
        assertThat(Passwords.isSupportedHash("hemmelig")).isFalse();
        assertThat(Passwords.isSupportedHash("$argon2i$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
        assertThat(passwords.matches("hemmelig", "hemmelig")).isFalse();
        String hash = passwords.hash("x".repeat(Passwords.MAX_LENGTH + 1));
        assertThat(passwords.matches("x".repeat(Passwords.MAX_LENGTH + 1), hash)).isFalse();
    }
}
