package vn.thidua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Demo unit ids by code, filled while the demo loads, for the features that add demo records after it. */
@ApplicationScoped
public class DemoOrg {
    private final Map<String, Long> ids = new HashMap<>();

    void put(String code, long id) {
        ids.put(code, id);
    }

    public Long id(String code) {
        return ids.get(code);
    }
}
