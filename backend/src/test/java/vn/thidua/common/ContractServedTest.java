package vn.thidua.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** /q/openapi serves exactly the top-level contract: nothing added, nothing dropped. */
@QuarkusTest
class ContractServedTest {
    @Test
    void servedDocumentIsTheContract() throws Exception {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        String served = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(file, new ObjectMapper().readTree(served));
    }
}
