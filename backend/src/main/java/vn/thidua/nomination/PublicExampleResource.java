package vn.thidua.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.common.PageResult;

/** What the association's website may show, without login: honoured examples that consented. */
@Path("/api/v1/public/examples")
@PermitAll
public class PublicExampleResource {
    static final Map<Category, String> CATEGORY_VI = Map.of(
            Category.ADVANCED_EXAMPLE, "Gương điển hình tiên tiến",
            Category.NEW_MODEL, "Mô hình mới",
            Category.NEW_FACTOR, "Nhân tố mới",
            Category.GOOD_DEED, "Người tốt, việc tốt");

    @Inject
    PublicExampleService service;

    @Inject
    ObjectMapper mapper;

    /** The SPA's address, for links in the feed (the public page is {web-url}/cong-khai). */
    @ConfigProperty(name = "app.public.web-url", defaultValue = "http://localhost:5173")
    String webUrl;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("category") Category category, @QueryParam("q") String q,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Response.ok(service.list(category, q, page, size)).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") long id) {
        return Response.ok(service.get(id)).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("{id}/photo")
    @Produces(MediaType.WILDCARD)
    public Response photo(@PathParam("id") long id) {
        AttachmentService.Content c = service.photo(id);
        return Response.ok(c.stream(), "image/jpeg").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=3600").build();
    }

    /** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the newest examples, for the website. */
    @GET
    @Path("feed.json")
    @Produces({"application/feed+json", MediaType.APPLICATION_JSON})
    public Response feed(@Context UriInfo uri) throws JsonProcessingException {
        String api = uri.getBaseUri().toString().replaceAll("/+$", "");
        String web = webUrl.replaceAll("/+$", "");
        PageResult<PublicExample> page = service.list(null, null, 0, 50);
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublicExample e : page.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", String.valueOf(e.id()));
            item.put("url", web + "/cong-khai/" + e.id());
            item.put("title", e.title());
            item.put("summary", e.nomineeName() + (e.orgUnitName() == null ? "" : " — " + e.orgUnitName()));
            item.put("content_text", e.achievements());
            if (e.photoUrl() != null) {
                item.put("image", api + e.photoUrl());
            }
            if (e.honor() != null && e.honor().decisionDate() != null) {
                item.put("date_published", e.honor().decisionDate().atStartOfDay(ZoneOffset.ofHours(7)).toInstant()
                        .toString());
            }
            List<String> tags = new ArrayList<>();
            tags.add(CATEGORY_VI.get(e.category()));
            if (e.field() != null) {
                tags.add(e.field());
            }
            item.put("tags", tags);
            items.add(item);
        }
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", "Gương điển hình tiên tiến — Hội Chữ thập đỏ tỉnh Tây Ninh");
        feed.put("home_page_url", web + "/cong-khai");
        feed.put("feed_url", api + "/api/v1/public/examples/feed.json");
        feed.put("language", "vi");
        feed.put("items", items);
        return Response.ok(mapper.writeValueAsString(feed), "application/feed+json; charset=utf-8")
                .header("Cache-Control", "public, max-age=300").build();
    }
}
