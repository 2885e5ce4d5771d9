package vn.thidua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker could bring: each claims to be a real user with the ADMIN group, and each must be refused
 * with a 401. Built by hand (JSON, base64url, RS256 from the JDK) so that nothing in the service's own JWT code
 * is trusted to make them.
 */
final class ForgedTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** name → token. */
    static Map<String, String> all(long userId, String username, String realTokenOfAnotherUser) {
        Map<String, String> out = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        PrivateKey serviceKey = serviceKey();
        out.put("expired", sign(claims(userId, username, now - 7200, now - 3600), serviceKey));
        out.put("tampered", tamper(realTokenOfAnotherUser, userId, username));
        out.put("alg-none", unsigned(claims(userId, username, now, now + 3600)));
        out.put("foreign-key", sign(claims(userId, username, now, now + 3600), foreignKey()));
        return out;
    }

    /**
     * A token made here exactly like the expired one but still valid: the service must accept it, which proves the
     * expired one is refused for its expiry and not for a key this test got wrong.
     */
    static String genuine(long userId, String username) {
        long now = Instant.now().getEpochSecond();
        return sign(claims(userId, username, now, now + 600), serviceKey());
    }

    private static Map<String, Object> claims(long userId, String username, long iat, long exp) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", "thidua");
        c.put("sub", Long.toString(userId));
        c.put("upn", username);
        c.put("groups", List.of("ADMIN"));
        c.put("iat", iat);
        c.put("exp", exp);
        return c;
    }

    /** The payload of a genuine token rewritten (another user, the ADMIN group), its old signature kept. */
    @SuppressWarnings("unchecked")
    private static String tamper(String token, long userId, String username) {
        String[] parts = token.split("\\.");
        try {
            Map<String, Object> payload = JSON.readValue(B64D.decode(parts[1]), Map.class);
            payload.put("sub", Long.toString(userId));
            payload.put("upn", username);
            payload.put("groups", List.of("ADMIN"));
            return parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(Map<String, Object> claims) {
        return encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims) + ".";
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        String input = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key the service signs with (scripts/keys.sh): only expiry may refuse what it signs. */
    private static PrivateKey serviceKey() {
        try {
            String pem = Files.readString(Path.of("..", "data", "keys", "jwt-private.pem"));
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("data/keys/jwt-private.pem is needed: run scripts/keys.sh", e);
        }
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair().getPrivate();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
