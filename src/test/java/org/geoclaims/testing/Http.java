package org.geoclaims.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests: every call goes over the loopback network to a real server. */
public final class Http {
    private Http() {}

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** POST of an HTML form body, with optional basic-auth credentials ({@code user:password}). */
    public static HttpResponse<String> postForm(String url, String field, String value, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + encode(value)));
        if (credentials != null) b.header("Authorization", basic(credentials));
        return send(b);
    }

    /** POST of a body with a content type, with optional basic-auth credentials. */
    public static HttpResponse<String> post(String url, String contentType, String body, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) b.header("Authorization", basic(credentials));
        return send(b);
    }

    /** GET {@code endpoint?query=...} asking for SPARQL JSON results. */
    public static HttpResponse<String> sparql(String endpoint, String query) {
        return get(endpoint + "?query=" + encode(query), "application/sparql-results+json");
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends on a new connection. A server may close a kept-alive connection after refusing a
     * request whose body it did not read; a pooled client then sees "no bytes" on reuse.
     */
    public static HttpResponse<String> sendFresh(HttpRequest request) {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return fresh.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
