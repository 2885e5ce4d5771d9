package vn.thidua.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the verified-token memory may skip and what it may not: a token seen before is not verified again, but one
 * that has expired, one never seen (a tampered copy is another string) and one refused before all go to
 * smallrye-jwt's verification every time. The service-level refusals (forged, expired, alg none, a foreign key) are
 * in AuthTest and security.AccessMatrixTest.
 */
class VerifiedTokensTest {
    private final List<String> verified = new ArrayList<>();
    private VerifiedTokens tokens;
    private long now;

    /** smallrye-jwt's parser, counting its calls: "good…" tokens are valid for a minute more, "exp…" expired five seconds ago. */
    private final class CountingParser extends DefaultJWTParser {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (token.startsWith("bad")) {
                throw new ParseException("refused");
            }
            return jwt(token.startsWith("exp") ? now - 5 : now + 60);
        }
    }

    @BeforeEach
    void setUp() {
        now = System.currentTimeMillis() / 1000;
        tokens = new VerifiedTokens();
        tokens.delegate = new CountingParser();
        tokens.clockSkewSeconds = 0;
    }

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgain() throws Exception {
        JsonWebToken first = tokens.parse("good.1");
        assertSame(first, tokens.parse("good.1"));
        assertEquals(List.of("good.1"), verified);
        tokens.parse("good.2");
        assertEquals(List.of("good.1", "good.2"), verified, "another string is another token: verified");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndARefusedOneEveryTime() throws Exception {
        tokens.parse("exp.1");
        tokens.parse("exp.1");
        assertEquals(List.of("exp.1", "exp.1"), verified, "past its expiry the remembered token counts for nothing");
        assertThrows(ParseException.class, () -> tokens.parse("bad.1"));
        assertThrows(ParseException.class, () -> tokens.parse("bad.1"));
        assertEquals(3 + 1, verified.size(), "a refused token is not remembered");
    }

    @Test
    void theMemoryIsBounded() throws Exception {
        for (int i = 0; i < VerifiedTokens.MAX + 10; i++) {
            tokens.parse("good." + i);
        }
        assertTrue(tokens.size() <= VerifiedTokens.MAX, "at most " + VerifiedTokens.MAX + ", was " + tokens.size());
    }

    private static JsonWebToken jwt(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "u";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
