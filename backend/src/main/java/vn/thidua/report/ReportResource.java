package vn.thidua.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Etags;
import vn.thidua.common.Idempotency;
import vn.thidua.common.Messages;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.common.QueryInstant;
import vn.thidua.report.ReportDtos.Completeness;
import vn.thidua.report.ReportDtos.HistoryEntry;
import vn.thidua.report.ReportDtos.ReportCreate;
import vn.thidua.report.ReportDtos.ReportSummary;
import vn.thidua.report.ReportDtos.ReportUpdate;
import vn.thidua.report.ReportDtos.ReportView;
import vn.thidua.report.ReportDtos.TransitionRequest;

@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    @Inject
    ReportService service;

    @Inject
    ReportExporter exporter;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<ReportSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                          @QueryParam("sort") String sort, @QueryParam("orgUnitId") Long orgUnitId,
                                          @QueryParam("period") String period,
                                          @QueryParam("status") ReportStatus status,
                                          @QueryParam("updatedSince") String updatedSince) {
        return service.list(orgUnitId, period, status, QueryInstant.parse("updatedSince", updatedSince), page, size,
                sort);
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid ReportCreate body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("completeness")
    public Completeness completeness(@QueryParam("parentOrgUnitId") Long parentOrgUnitId,
                                     @QueryParam("period") String period) {
        if (parentOrgUnitId == null) {
            throw ProblemException.invalid("parentOrgUnitId", "required");
        }
        if (period == null) {
            throw ProblemException.invalid("period", "required");
        }
        return service.completeness(parentOrgUnitId, period);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ReportView r = service.get(id);
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid ReportUpdate body) {
        ReportView r = service.update(id, ifMatch, body);
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }

    @POST
    @Path("{id}/transitions")
    public Response transition(@PathParam("id") long id, @NotNull @Valid TransitionRequest body) {
        ReportView r = service.transition(id, body.action(), body.comment());
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }

    @GET
    @Path("{id}/history")
    public Map<String, List<HistoryEntry>> history(@PathParam("id") long id) {
        return Map.of("items", service.history(id));
    }

    @GET
    @Path("{id}/export")
    @Produces({ReportExporter.DOCX, ReportExporter.XLSX, ReportExporter.CSV, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") long id, @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        String f = format == null ? "docx" : format.trim().toLowerCase();
        if (!List.of("docx", "xlsx", "csv").contains(f)) {
            throw ProblemException.invalid("format", "export-format");
        }
        ReportView r = service.get(id);
        var locale = Messages.pick(headers.getAcceptableLanguages());
        byte[] bytes = switch (f) {
            case "docx" -> exporter.docx(r, locale);
            case "xlsx" -> exporter.xlsx(r, locale);
            default -> exporter.csv(r, locale);
        };
        String type = switch (f) {
            case "docx" -> ReportExporter.DOCX;
            case "xlsx" -> ReportExporter.XLSX;
            default -> ReportExporter.CSV;
        };
        String name = exporter.fileName(r, f);
        return Response.ok(bytes, type).header("Content-Disposition", ReportExporter.contentDisposition(name)).build();
    }
}
