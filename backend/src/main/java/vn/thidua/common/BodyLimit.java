package vn.thidua.common;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses oversized bodies before they are read, with a 413 problem rather than the HTTP server's bare one:
 * JSON bodies above `app.json.max-body-bytes`, anything above `quarkus.http.limits.max-body-size`.
 */
@ApplicationScoped
public class BodyLimit {
    @ConfigProperty(name = "app.json.max-body-bytes")
    long maxJson;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String len = ctx.request().getHeader("Content-Length");
            if (len != null) {
                long n;
                try {
                    n = Long.parseLong(len.trim());
                } catch (NumberFormatException e) {
                    n = -1;
                }
                String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
                long limit = type.contains("json") ? maxJson : maxBody.asLongValue();
                if (n > limit) {
                    Locale locale = Messages.pick(java.util.List.of(Locale.forLanguageTag(
                            String.valueOf(ctx.request().getHeader("Accept-Language")).split("[,;]")[0].trim())));
                    Problem p = new Problem(ProblemMappers.TYPE_PREFIX + "too-large",
                            Messages.get(locale, "problem.too-large.title"), 413,
                            Messages.get(locale, "problem.too-large.detail"), ctx.request().path(), null, null);
                    ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Connection", "close").end(Json.encode(p));
                    return;
                }
            }
            ctx.next();
        });
    }
}
