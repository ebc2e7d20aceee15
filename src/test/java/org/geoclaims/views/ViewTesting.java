package org.geoclaims.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;

/** What the views' tests share: a server over the repository's own data, and the views' query files. */
final class ViewTesting {
    private ViewTesting() {}

    static final String DOC = "pakistan-army-in-azerbaijan";
    static final String ID = "https://w3id.org/geoclaims/id/";

    /** A read-only server on a free loopback port over ontology/ and data/ of the repository. */
    static RunningServer bundledServer() {
        return RunningServer.start(TestProjects.bundled(), ServerSettings.defaults().withPort(0), null);
    }

    /** A classpath resource of the views ({@code web/views/<path>}) as text: what the browser is served. */
    static String viewResource(String path) {
        try (InputStream in = ViewTesting.class.getClassLoader().getResourceAsStream("web/views/" + path)) {
            if (in == null) throw new IllegalArgumentException("no resource web/views/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code queries/<name>.rq} against the server's endpoint as the views' script does (POST, JSON results). */
    static List<QuerySolution> runViewQuery(String base, String name) {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + Http.encode(viewResource("queries/" + name + ".rq")))));
        if (r.statusCode() != 200) throw new AssertionError(name + ".rq: HTTP " + r.statusCode() + "\n" + r.body());
        return SparqlJson.rows(r.body());
    }

    /** A row's value as a string: an IRI without the {@code https://w3id.org/geoclaims/} base, or a lexical form; null if unbound. */
    static String value(QuerySolution row, String var) {
        var n = row.get(var);
        if (n == null) return null;
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        String s = n.toString();
        return s.startsWith("https://w3id.org/geoclaims/") ? s.substring("https://w3id.org/geoclaims/".length()) : s;
    }
}
