package dk.omsorg.delivery;

import dk.omsorg.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV file of visits sent as the raw body has the same size limit as an upload (here lowered to 1 MB): a larger
 * body is refused with a Danish 413 problem, not read whole into memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.servlet.multipart.max-file-size=1MB")
class VisitImportSizeTest {

    @LocalServerPort
    int port;

    @Test
    void aRawCsvBodyOverTheUploadLimitIsRefusedInDanish() {
        byte[] body = new byte[1024 * 1024 + 10];
        Arrays.fill(body, (byte) 'a');
        byte[] header = "besøgs_id;bevillings_id\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, body, 0, header.length);
        ApiClient.Response response = ApiClient.as(port, "leverandor-a").post("/api/v1/provider/visits/import", "text/csv", body);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("For stor fil");
        assertThat(response.json().get("detail").asText()).contains("højst fylde 1 MB");
    }
}
