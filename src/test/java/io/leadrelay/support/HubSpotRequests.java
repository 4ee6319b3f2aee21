package io.leadrelay.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests as HubSpot does: raw bytes, v3 signature over the public URL. Test secret and URL from application-test.yaml. */
public final class HubSpotRequests {

    public static final String SECRET = "test-client-secret";
    public static final String PUBLIC_BASE_URL = "https://leads.example.com";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HubSpotRequests() {
    }

    public static HttpResponse<String> postSigned(int port, String path, byte[] body) {
        long timestamp = System.currentTimeMillis();
        return post(port, path, body, "application/json", signV3("POST", PUBLIC_BASE_URL + path, body, timestamp),
                timestamp);
    }

    public static HttpResponse<String> post(int port, String path, byte[] body, String contentType, String signature,
                                            long timestamp) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (signature != null) {
            request.header("X-HubSpot-Signature-v3", signature);
        }
        return send(request, null);
    }

    public static String signV3(String method, String url, byte[] body, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((method + url).getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            mac.update(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(int port, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), user);
    }

    public static HttpResponse<String> postJson(int port, String path, String user, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json"), user);
    }

    public static HttpResponse<String> postRaw(int port, String path, String user, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType), user);
    }

    /** HTTP Basic with password = user id, as the test users are created. */
    private static HttpResponse<String> send(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
