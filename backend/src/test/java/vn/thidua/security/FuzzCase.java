package vn.thidua.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bad request: what is broken (the label), and the request itself. {@code ifMatch} null means "send the
 * record's current ETag when the operation needs one", so that the answer is about the broken part.
 */
record FuzzCase(String label, Map<String, String> path, Map<String, List<String>> query, String contentType,
                byte[] body, Map<String, String> headers, boolean sendCurrentEtag) {

    static FuzzCase of(String label, Map<String, String> path, Map<String, List<String>> query) {
        return new FuzzCase(label, path, query, null, null, Map.of(), true);
    }

    FuzzCase withBody(String type, byte[] bytes) {
        return new FuzzCase(label, path, query, type, bytes, headers, sendCurrentEtag);
    }

    FuzzCase withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new FuzzCase(label, path, query, contentType, body, h, sendCurrentEtag);
    }

    FuzzCase withoutEtag() {
        return new FuzzCase(label, path, query, contentType, body, headers, false);
    }
}
