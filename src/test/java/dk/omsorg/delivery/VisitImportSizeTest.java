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

    /** Issue 14: an upload over the limit is "too large" (413), not "no file" — the provider must know to split it. */
    @Test
    void anUploadOverTheLimitIsRefusedAsTooLargeInDanish() {
        String boundary = "graense4711";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besoeg.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 1024 * 1024 + 10 + tail.length];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        ApiClient.Response response = ApiClient.as(port, "leverandor-a")
                .post("/api/v1/provider/visits/import", "multipart/form-data; boundary=" + boundary, body);
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("For stor fil");
        assertThat(response.json().get("detail").asText()).contains("højst fylde 1 MB");
    }

    /** The provider's upload page: the Danish page says the file is too large, not "forbidden" or "no file". */
    @Test
    void anUploadOnThePageOverTheLimitGetsTheDanishPage() {
        var provider = dk.omsorg.support.WebSession.logIn(port, "leverandor-a");
        provider.get("/provider/import");
        byte[] content = new byte[1024 * 1024 + 10];
        Arrays.fill(content, (byte) 'a');
        var page = provider.upload("/provider/import", "file", "besoeg.csv", content);
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("<html lang=\"da\"", "højst fylde 1 MB").doesNotContain("Forbidden", "Maximum upload");
    }
}
