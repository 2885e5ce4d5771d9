package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.Movements;

/**
 * Eight writers create and change movements while a reader follows the feed: transactions commit in any order,
 * and the reader must still see every change exactly once.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {
    static final int WRITERS = 8;
    static final int PER_WRITER = 6;

    @Test
    void aReaderFollowingTheFeedSeesEveryChangeOnce() throws Exception {
        Map<String, Object> body = Clients.body("Đọc song song", List.of("movements:read"));
        body.put("rateLimit", 100000);
        Feed feed = new Feed(Clients.key(body)).atEnd();
        as("canbo.tinh").get("/api/v1/me").then().statusCode(200);
        as("admin").get("/api/v1/me").then().statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> created = Collections.synchronizedList(new ArrayList<>());
        Future<?> reader = pool.submit(() -> {
            while (writing.get()) {
                feed.read();
            }
            feed.read(); // what committed last
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String user = w % 2 == 0 ? "canbo.tinh" : "admin";
            writers.add(pool.submit(() -> {
                for (int i = 0; i < PER_WRITER; i++) {
                    Map<String, Object> m = Movements.movement(Movements.code(), "Song song " + i, "2025-01-01", null);
                    var res = as(user).body(m).post("/api/v1/movements").then().statusCode(201).extract();
                    long id = ((Number) res.path("id")).longValue();
                    created.add(id);
                    m.put("status", "CLOSED");
                    as(user).header("If-Match", res.header("ETag")).body(m).put("/api/v1/movements/" + id).then()
                            .statusCode(200);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        writing.set(false);
        reader.get();
        pool.shutdown();

        assertEquals(WRITERS * PER_WRITER, created.size());
        Set<String> cursors = new HashSet<>();
        Map<Long, List<String>> actions = new HashMap<>();
        for (Map<String, Object> e : feed.seen) {
            assertTrue(cursors.add((String) e.get("cursor")), "an event served twice: " + e);
            actions.computeIfAbsent(((Number) e.get("id")).longValue(), k -> new ArrayList<>())
                    .add((String) e.get("action"));
        }
        for (long id : created) {
            assertEquals(List.of("CREATED", "UPDATED"), actions.get(id), "movement " + id);
        }
        assertEquals(created.size(), actions.keySet().stream().filter(created::contains).count());
    }
}
