package dk.skranke.central.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in like the login form and calls the API like the console. */
final class Browser {
    private static final Pattern SESSION = Pattern.compile("skranke_session=([^;]*)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"skranke-csrf\" content=\"([^\"]*)\">");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private String session;
    private String csrf;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The same cookie and CSRF value sent to another address, as after central restarted on a new port. */
    Browser at(String otherBaseUrl) {
        Browser moved = new Browser(otherBaseUrl);
        moved.session = session;
        moved.csrf = csrf;
        return moved;
    }

    /** Posts the login form; keeps the session cookie and the console page's CSRF value on success. */
    Reply signIn(String username, String password) {
        return signIn(username, password, "application/x-www-form-urlencoded");
    }

    /** Posts the login form's fields under the given Content-Type header. */
    Reply signIn(String username, String password, String contentType) {
        Reply reply = postForm("/staff/login", "username=" + enc(username) + "&password=" + enc(password)
                + "&next=" + enc("/staff"), contentType);
        Matcher cookie = SESSION.matcher(reply.setCookie());
        if (reply.status() == 303 && cookie.find()) {
            session = cookie.group(1);
            Matcher meta = CSRF.matcher(get("/staff").body());
            csrf = meta.find() ? meta.group(1) : null;
        }
        return reply;
    }

    /** A form post (UTF-8 bytes) with the session cookie and the given Content-Type header, as a page sends it. */
    Reply postForm(String path, String form, String contentType) {
        return send(withCookie(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    Reply get(String path) {
        return send(withCookie(HttpRequest.newBuilder(uri(path)).GET()));
    }

    /** A state change as the console makes it: session cookie and the CSRF header. */
    Reply post(String path, String json) {
        return post(path, json, csrf);
    }

    Reply post(String path, String json, String csrfHeader) {
        HttpRequest.Builder request = withCookie(HttpRequest.newBuilder(uri(path))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (csrfHeader != null) {
            request.header("X-Skranke-Csrf", csrfHeader);
        }
        return send(request);
    }

    String session() {
        return session;
    }

    String csrf() {
        return csrf;
    }

    private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "skranke_session=" + session);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Set-Cookie").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.headers().allValues("Retry-After"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response. */
    record Reply(int status, String body, String setCookie, String location, List<String> retryAfter) {
    }
}
