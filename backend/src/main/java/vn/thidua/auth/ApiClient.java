package vn.thidua.auth;

import java.util.Set;

/**
 * An integration client calling with its API key (resolved by the integration package's key gate). It reads
 * like a user of {@code orgUnitId}'s subtree, has no role and may only do what its scopes allow.
 */
public record ApiClient(long id, String name, long orgUnitId, Set<String> scopes) {
    public boolean has(String scope) {
        return scopes.contains(scope);
    }
}
