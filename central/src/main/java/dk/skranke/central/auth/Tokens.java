package dk.skranke.central.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the token a presented secret belongs to; lookups go by hash, so secrets are never compared. */
public final class Tokens {
    private final Map<String, ApiToken> byHash;

    public Tokens(List<ApiToken> tokens) {
        this.byHash = tokens.stream().collect(Collectors.toUnmodifiableMap(ApiToken::secretSha256,
                Function.identity()));
    }

    public Optional<ApiToken> forSecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 512) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256(secret)));
    }

    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
