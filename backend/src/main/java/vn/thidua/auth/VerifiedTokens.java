package vn.thidua.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The token parser of smallrye-jwt, remembering the tokens it has verified. A signed session token is sent with
 * every request of its 8 hours, and checking its RS256 signature again each time was the largest single cost of an
 * authenticated request (a quarter of the CPU of {@code GET /api/v1/me}). A token seen before, byte for byte, is not
 * verified again until it expires; a token never seen, forged or expired goes to smallrye-jwt as before (and is
 * refused and audited there). The token only names the user: role, unit and the active flag are read apart
 * ({@link CurrentUser}, through {@link AccountCache}), so nothing about who may do what is kept with the token.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    /** Enough for every signed-in officer of a province several times over; beyond it, the expired go first. */
    static final int MAX = 2_000;

    @Inject
    DefaultJWTParser delegate;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long clockSkewSeconds;

    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = fresh(token);
        return known != null ? known : remember(token, delegate.parse(token));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo info) throws ParseException {
        // another context (keys, issuer) than the configured one: no sharing of what was verified under it
        return delegate.parse(token, info);
    }

    /** The remembered token while it is valid (its expiry plus the configured clock skew), else null. */
    private JsonWebToken fresh(String token) {
        JsonWebToken t = verified.get(token);
        if (t == null) {
            return null;
        }
        if (expired(t, System.currentTimeMillis() / 1000)) {
            verified.remove(token);
            return null;
        }
        return t;
    }

    private boolean expired(JsonWebToken t, long nowSeconds) {
        return t.getExpirationTime() + clockSkewSeconds < nowSeconds;
    }

    private JsonWebToken remember(String token, JsonWebToken t) {
        if (verified.size() >= MAX) {
            long now = System.currentTimeMillis() / 1000;
            verified.values().removeIf(x -> expired(x, now));
            if (verified.size() >= MAX) {
                verified.clear();
            }
        }
        verified.put(token, t);
        return t;
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
