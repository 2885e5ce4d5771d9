package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.client.ApiClient;
import vn.thidua.client.ApiException;
import vn.thidua.client.api.IntegrationApi;
import vn.thidua.client.api.ReportsApi;
import vn.thidua.client.model.ChangeEvent;
import vn.thidua.client.model.ChangePage;
import vn.thidua.client.model.IntegrationClientCreate;
import vn.thidua.client.model.IntegrationClientCreated;
import vn.thidua.client.model.IntegrationScope;
import vn.thidua.client.model.ReportPage;
import vn.thidua.client.model.ReportStatus;
import vn.thidua.support.Api;

/**
 * What an integrator does with nothing but openapi.yaml: a Java client generated from it at build time
 * (openapi-generator, native HTTP client, Jackson) creates a key as the administrator, pulls the sent reports
 * and follows the change feed.
 */
@QuarkusTest
class GeneratedClientTest {
    @TestHTTPResource("/")
    URL base;

    ApiClient client(String header, String value) {
        ApiClient c = new ApiClient();
        c.updateBaseUri(base.toString().replaceAll("/$", ""));
        c.setRequestInterceptor(b -> b.header(header, value));
        return c;
    }

    @Test
    void pullSentReportsAndFollowTheFeed() throws ApiException {
        IntegrationApi admin = new IntegrationApi(client("Authorization", "Bearer " + Api.token("admin")));
        IntegrationClientCreated created = admin.createIntegrationClient(new IntegrationClientCreate()
                .name("Hệ thống của Ban Thi đua – Khen thưởng tỉnh")
                .scopes(List.of(IntegrationScope.REPORTS_READ))
                .expiresAt(OffsetDateTime.now().plusDays(90)));
        String key = created.getKey();
        assertTrue(key.startsWith("tdk_"));

        long unit = unitId("X-TANNINH");
        long first = IntegrationClientTest.sentReport(unit, "2025S1");
        ReportsApi reports = new ReportsApi(client("X-Api-Key", key));
        ReportPage page = reports.listReports(null, 0, 100, null, null, null, ReportStatus.SENT);
        assertTrue(page.getItems().stream().anyMatch(r -> r.getId() == first));
        assertTrue(page.getItems().stream().allMatch(r -> r.getStatus() == ReportStatus.SENT));

        // follow the feed from the beginning to its end, then once more after another report is sent
        IntegrationApi feed = new IntegrationApi(client("Authorization", "Bearer " + key));
        List<ChangeEvent> seen = new ArrayList<>();
        String cursor = drain(feed, null, seen);
        assertTrue(seen.stream().anyMatch(e -> e.getId() == first && e.getReport() != null
                && e.getReport().getStatus() == ReportStatus.SENT));
        long second = IntegrationClientTest.sentReport(unit, "2025");
        List<ChangeEvent> more = new ArrayList<>();
        drain(feed, cursor, more);
        assertEquals(1, more.stream().filter(e -> e.getId() == second).count());
        assertFalse(more.stream().anyMatch(e -> e.getId() == first));

        // a key only reads
        ApiException e = assertThrows(ApiException.class, () -> new IntegrationApi(client("X-Api-Key", key))
                .revokeIntegrationClient(created.getClient().getId()));
        assertEquals(403, e.getCode());
    }

    static String drain(IntegrationApi feed, String after, List<ChangeEvent> into) throws ApiException {
        String cursor = after;
        while (true) {
            ChangePage p = feed.listChanges(cursor, "report", 100);
            into.addAll(p.getItems());
            cursor = p.getNext();
            if (!Boolean.TRUE.equals(p.getHasMore())) {
                return cursor;
            }
        }
    }
}
