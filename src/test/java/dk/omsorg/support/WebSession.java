package dk.omsorg.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view of the web UI over real HTTP: form login, the session cookie, and the CSRF
 * token taken from the last page, as a browser would post it with a form.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private String csrf;

    private WebSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A browser that has not logged in, e.g. to try a login that should fail. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    public static WebSession logIn(int port, String username) {
        WebSession session = new WebSession(port);
        session.get("/login");
        Page loggedIn = session.post("/login", List.of(Map.entry("username", username), Map.entry("password", "demo")));
        assertThat(loggedIn.status()).as("login of " + username).isEqualTo(302);
        assertThat(loggedIn.location()).as("login of " + username).doesNotContain("error");
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A file as the browser gets it: status, Content-Disposition and the bytes. */
    public File file(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new File(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record File(int status, String contentType, String contentDisposition, byte[] body) {
    }

    /** What htmx sends when the citizen page loads a fragment. */
    public Page htmx(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("HX-Request", "true").GET());
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        String body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads a file as a browser's multipart form does, with the CSRF token of the last page as a form part. */
    public Page upload(String path, String field, String filename, byte[] content) {
        String boundary = "----omsorgtest" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        String csrfPart = csrf == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf + "\r\n";
        body.writeBytes((csrfPart + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public record Page(int status, String location, String body) {

        /** The start tag of the element with this id, whitespace collapsed. */
        public String tag(String id) {
            Matcher m = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>", Pattern.DOTALL)
                    .matcher(body);
            assertThat(m.find()).as("element #" + id).isTrue();
            return m.group().replaceAll("\\s+", " ");
        }

        /** How often the text occurs in the page. */
        public int count(String text) {
            int count = 0;
            for (int i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + text.length())) {
                count++;
            }
            return count;
        }
    }
}
