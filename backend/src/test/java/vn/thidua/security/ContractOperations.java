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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of the top-level openapi.yaml, by operationId, with its parameters and JSON body schema fully
 * resolved: what the access matrix must cover and what the contract fuzz generates bad requests from.
 */
final class ContractOperations {
    record Op(String id, String method, String path, boolean isPublic, Set<String> documented, List<Parameter> params,
              Schema<?> jsonBody) {
        /** Whether the status is listed for the operation itself, not only covered by {@code default}. */
        boolean documents(int status) {
            return documented.contains(Integer.toString(status));
        }

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

    private ContractOperations() {
    }

    static Map<String, Op> read() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation("../openapi.yaml", null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("openapi.yaml does not parse: " + result.getMessages());
        }
        boolean securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
        Map<String, Op> ops = new LinkedHashMap<>();
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
                boolean open = op.getSecurity() != null ? op.getSecurity().isEmpty() : !securedByDefault;
                ops.put(op.getOperationId(), new Op(op.getOperationId(), m.getKey().name(), e.getKey(), open,
                        op.getResponses().keySet(), params, body));
            }
        }
        return ops;
    }

    static List<Op> all() {
        return new ArrayList<>(read().values());
    }

    static String describe(Op op) {
        return op.id() + " " + op.method() + " " + op.path();
    }
}
