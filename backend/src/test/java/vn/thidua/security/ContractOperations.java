package vn.thidua.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every operation of the top-level openapi.yaml, by operationId: the list the matrix must cover. */
final class ContractOperations {
    record Op(String id, String method, String path, boolean isPublic, Set<String> documented) {
        /** Whether the status is listed for the operation itself, not only covered by {@code default}. */
        boolean documents(int status) {
            return documented.contains(Integer.toString(status));
        }
    }

    private ContractOperations() {
    }

    static Map<String, Op> read() {
        ParseOptions opts = new ParseOptions();
        opts.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().read(Path.of("..", "openapi.yaml").toAbsolutePath().toString(), null, opts);
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("openapi.yaml could not be parsed");
        }
        boolean securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
        Map<String, Op> ops = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            boolean open = op.getSecurity() != null ? op.getSecurity().isEmpty() : !securedByDefault;
            ops.put(op.getOperationId(), new Op(op.getOperationId(), method.name(), path, open,
                    op.getResponses().keySet()));
        }));
        return ops;
    }

    static String describe(Op op) {
        return op.id() + " " + op.method() + " " + op.path();
    }

}
