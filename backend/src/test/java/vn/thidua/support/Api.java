package vn.thidua.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request of the backend tests goes through here, so every request and every response is checked
 * against the top-level openapi.yaml: the contract cannot drift from the code.
 */
public final class Api {
    public static final String ADMIN_PASSWORD = "Admin@12345";
    public static final String DEMO_PASSWORD = "ThiDua@2026";

    private static final String SPEC = read();
    /** Requests and responses checked. */
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build());
    /** For deliberately bad requests: only the responses are checked. */
    private static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    private static String read() {
        try {
            return Files.readString(Path.of("..", "openapi.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml not found beside backend/", e);
        }
    }

    /** Anonymous, contract-checked both ways. */
    public static RequestSpecification anon() {
        return given().filter(STRICT).contentType(ContentType.JSON);
    }

    /** Logged in as this user, contract-checked both ways. */
    public static RequestSpecification as(String username) {
        return anon().header("Authorization", "Bearer " + token(username));
    }

    /** Anonymous, for bad requests on purpose: only the response is checked against the contract. */
    public static RequestSpecification rawAnon() {
        return given().filter(RESPONSES);
    }

    public static RequestSpecification raw(String username) {
        return rawAnon().header("Authorization", "Bearer " + token(username));
    }

    /** Calling with an integration client's API key (X-Api-Key), contract-checked both ways. */
    public static RequestSpecification withKey(String key) {
        return anon().header("X-Api-Key", key);
    }

    /** With an API key, for requests the contract does not allow keys to make: only the response is checked. */
    public static RequestSpecification rawKey(String key) {
        return rawAnon().header("X-Api-Key", key);
    }

    public static String passwordOf(String username) {
        return "admin".equals(username) ? ADMIN_PASSWORD : DEMO_PASSWORD;
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> login(u, passwordOf(u)));
    }

    public static void forget(String username) {
        TOKENS.remove(username);
    }

    public static String login(String username, String password) {
        return anon().body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    public static long unitId(String code) {
        Number id = as("admin").queryParam("q", code).queryParam("size", 100).get("/api/v1/org-units")
                .then().statusCode(200).extract().path("items.find { it.code == '" + code + "' }.id");
        return id.longValue();
    }

    public static String etag(RequestSpecification spec, String path) {
        return spec.get(path).then().statusCode(200).extract().header("ETag");
    }
}
