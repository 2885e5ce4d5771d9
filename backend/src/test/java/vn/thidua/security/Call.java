package vn.thidua.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request of the matrix, described before it is sent, so that the same request goes out under every identity. */
final class Call {
    final String method;
    final String path;
    final Map<String, Object> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    Object json;
    byte[] file;

    private Call(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static Call of(String method, String path) {
        return new Call(method, path);
    }

    static Call get(String path) {
        return new Call("GET", path);
    }

    static Call post(String path, Object json) {
        return new Call("POST", path).json(json);
    }

    static Call put(String path, Object json, String ifMatch) {
        return new Call("PUT", path).json(json).ifMatch(ifMatch);
    }

    static Call delete(String path, String ifMatch) {
        Call c = new Call("DELETE", path);
        return ifMatch == null ? c : c.ifMatch(ifMatch);
    }

    Call q(String name, Object value) {
        query.put(name, value);
        return this;
    }

    Call ifMatch(String etag) {
        headers.put("If-Match", etag);
        return this;
    }

    Call json(Object body) {
        this.json = body;
        return this;
    }

    Call file(byte[] bytes) {
        this.file = bytes;
        return this;
    }

    Response send(RequestSpecification spec) {
        RequestSpecification s = spec.queryParams(query).headers(headers);
        if (json != null) {
            s = s.contentType(ContentType.JSON).body(json);
        } else if (file != null) {
            s = s.contentType("multipart/form-data").multiPart("file", "minh-chung.jpg", file, "image/jpeg");
        } else {
            // as the SPA's client sends it; without it REST Assured labels an empty body text/plain (a 415)
            s = s.contentType(ContentType.JSON);
        }
        return s.request(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
