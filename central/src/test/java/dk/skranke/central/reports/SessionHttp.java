package dk.skranke.central.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads pages and API v1 with a signed-in user's session cookie, as a browser following a link does. */
public final class SessionHttp {
    private static final Pattern SESSION = Pattern.compile("skranke_session=([^;]*)");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String session;

    public SessionHttp(String baseUrl, String session) {
        this.baseUrl = baseUrl;
        this.session = session;
    }

    /** Signs in with the login form and keeps the session cookie. */
    public static SessionHttp signIn(String baseUrl, String username, String password) {
        SessionHttp anonymous = new SessionHttp(baseUrl, null);
        HttpResponse<String> reply = anonymous.send(HttpRequest.newBuilder(URI.create(baseUrl + "/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                        + "&next=" + enc("/staff"))));
        Matcher cookie = SESSION.matcher(reply.headers().firstValue("Set-Cookie").orElse(""));
        if (reply.statusCode() != 303 || !cookie.find()) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply.statusCode());
        }
        return new SessionHttp(baseUrl, cookie.group(1));
    }

    /** A path of central, or an absolute address (a link's href). */
    public HttpResponse<String> get(String pathOrUrl) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (session != null) {
            request.header("Cookie", "skranke_session=" + session);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
