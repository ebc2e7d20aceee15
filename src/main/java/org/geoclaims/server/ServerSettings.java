package org.geoclaims.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs. Read-only unless {@code update} is set, which needs a password file.
 *
 * @param host         address to bind; {@code 127.0.0.1} by default
 * @param port         TCP port; 0 picks a free one
 * @param queryTimeout longest time a query may run before it is cut (HTTP 503)
 * @param update       adds SPARQL Update and Graph Store writes, behind HTTP basic auth
 * @param passwordFile {@code user: password} lines (Jetty realm format), required with update
 * @param stateDir     Fuseki's own state folder (its {@code run/} area); null for a temporary one
 * @param maxRows      most rows a canned query returns; more are cut, and the response says so
 * @param baseUrl      the server's public address for the minted IRIs' paths (e.g. behind a proxy);
 *                     null: the address each request came to
 * @param updateTimeout longest time a SPARQL Update may run before it is aborted
 * @param maxBodyBytes  largest request body accepted; a larger one gets HTTP 413
 * @param inferenceMaxTriples largest store that gets {@code /kg-inf} (its rules run in memory); 0: never
 */
public record ServerSettings(String host, int port, Duration queryTimeout, boolean update, Path passwordFile,
                             Path stateDir, long maxRows, String baseUrl, Duration updateTimeout, long maxBodyBytes,
                             long inferenceMaxTriples) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    public static final Duration DEFAULT_UPDATE_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_INFERENCE_MAX_TRIPLES = 500_000;
    public static final String DATASET = "/kg";

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, false, null, null, DEFAULT_MAX_ROWS, null,
                DEFAULT_UPDATE_TIMEOUT, DEFAULT_MAX_BODY_BYTES, DEFAULT_INFERENCE_MAX_TRIPLES);
    }

    public ServerSettings withPort(int p) { return new ServerSettings(host, p, queryTimeout, update, passwordFile, stateDir, maxRows, baseUrl, updateTimeout, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withHost(String h) { return new ServerSettings(h, port, queryTimeout, update, passwordFile, stateDir, maxRows, baseUrl, updateTimeout, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withQueryTimeout(Duration t) { return new ServerSettings(host, port, t, update, passwordFile, stateDir, maxRows, baseUrl, updateTimeout, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withUpdate(Path passwd) { return new ServerSettings(host, port, queryTimeout, true, passwd, stateDir, maxRows, baseUrl, updateTimeout, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withStateDir(Path dir) { return new ServerSettings(host, port, queryTimeout, update, passwordFile, dir, maxRows, baseUrl, updateTimeout, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withMaxRows(long n) { return new ServerSettings(host, port, queryTimeout, update, passwordFile, stateDir, n, baseUrl, updateTimeout, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withBaseUrl(String url) { return new ServerSettings(host, port, queryTimeout, update, passwordFile, stateDir, maxRows, url, updateTimeout, maxBodyBytes, inferenceMaxTriples); }

    public ServerSettings withUpdateTimeout(Duration t) { return new ServerSettings(host, port, queryTimeout, update, passwordFile, stateDir, maxRows, baseUrl, t, maxBodyBytes, inferenceMaxTriples); }
    public ServerSettings withMaxBodyBytes(long n) { return new ServerSettings(host, port, queryTimeout, update, passwordFile, stateDir, maxRows, baseUrl, updateTimeout, n, inferenceMaxTriples); }

    public ServerSettings withInferenceMaxTriples(long n) { return new ServerSettings(host, port, queryTimeout, update, passwordFile, stateDir, maxRows, baseUrl, updateTimeout, maxBodyBytes, n); }

    public boolean isLoopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
