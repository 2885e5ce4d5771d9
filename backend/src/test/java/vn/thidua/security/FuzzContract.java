package vn.thidua.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations of the top-level openapi.yaml, with their parameters and JSON body schema fully resolved. */
final class FuzzContract {
    record Op(String id, String method, String path, List<Parameter> params, Schema<?> jsonBody) {
        List<Parameter> in(String where) {
            return params.stream().filter(p -> where.equals(p.getIn())).toList();
        }

        boolean takesInput() {
            return jsonBody != null || !in("query").isEmpty() || !in("path").isEmpty();
        }

        boolean writes() {
            return !"GET".equals(method);
        }
    }

    private FuzzContract() {
    }

    static List<Op> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation("../openapi.yaml", null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("openapi.yaml does not parse: " + result.getMessages());
        }
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            PathItem item = e.getValue();
            for (Map.Entry<PathItem.HttpMethod, Operation> m : item.readOperationsMap().entrySet()) {
                Operation op = m.getValue();
                List<Parameter> params = new ArrayList<>();
                if (item.getParameters() != null) {
                    params.addAll(item.getParameters());
                }
                if (op.getParameters() != null) {
                    params.addAll(op.getParameters());
                }
                Schema<?> body = null;
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    MediaType json = op.getRequestBody().getContent().get("application/json");
                    body = json == null ? null : json.getSchema();
                }
                ops.add(new Op(op.getOperationId(), m.getKey().name(), e.getKey(), params, body));
            }
        }
        return ops;
    }
}
