package org.geoclaims.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/queries}: the canned queries with their metadata (JSON).
 * {@code GET /api/queries/{name}?param=value}: the results, as SPARQL JSON, XML, CSV, TSV or text
 * by {@code Accept} or {@code ?format=}.
 */
public final class QueriesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String TRUNCATED_HEADER = "X-Geoclaims-Truncated";

    private final transient QueryCatalog catalog;
    private final transient DatasetGraph dataset;
    private final Duration timeout;
    private final long maxRows;
    private final String dataVersion;

    /**
     * @param dataVersion identifies the data served; responses carry ETags derived from it.
     *                    Null when the data can change (update enabled): no caching then.
     */
    public QueriesServlet(QueryCatalog catalog, DatasetGraph dataset, Duration timeout, long maxRows, String dataVersion) {
        this.catalog = catalog;
        this.dataset = dataset;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.dataVersion = dataVersion;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/$", "");
        if (name.isEmpty()) {
            list(req, resp);
            return;
        }
        QueryTemplate template = catalog.get(name);
        if (template == null) {
            ApiResponses.error(resp, 404, "no canned query '" + name + "'; GET /api/queries lists them");
            return;
        }
        run(template, req, resp);
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray array = new JsonArray();
        for (QueryTemplate t : catalog.all()) array.add(describe(t));
        JsonObject root = new JsonObject();
        root.put("queries", array);
        byte[] body = JSON.toString(root).getBytes(StandardCharsets.UTF_8);
        if (notModified(req, resp, "list")) return;
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(body);
    }

    static JsonObject describe(QueryTemplate t) {
        JsonObject o = new JsonObject();
        o.put("name", t.name());
        o.put("summary", t.summary());
        if (t.description() != null) o.put("description", t.description());
        JsonArray tags = new JsonArray();
        t.tags().forEach(tags::add);
        o.put("tags", tags);
        JsonArray params = new JsonArray();
        for (QueryParameter p : t.params()) {
            JsonObject po = new JsonObject();
            po.put("name", p.name());
            po.put("type", p.type().id());
            po.put("required", p.required());
            if (p.description() != null) po.put("description", p.description());
            if (p.defaultValue() != null) po.put("default", p.defaultValue());
            po.put("example", p.example());
            params.add(po);
        }
        o.put("params", params);
        o.put("url", "/api/queries/" + t.name());
        o.put("exampleUrl", exampleUrl(t));
        o.put("sparql", t.text());
        return o;
    }

    static String exampleUrl(QueryTemplate t) {
        StringBuilder sb = new StringBuilder("/api/queries/").append(t.name());
        char sep = '?';
        for (Map.Entry<String, String> e : t.exampleValues().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=')
              .append(java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    private void run(QueryTemplate template, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        String formatName = null;
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals("format")) {
                formatName = e.getValue()[0];
                continue;
            }
            if (e.getValue().length > 1) {
                ApiResponses.error(resp, 400, "parameter '" + e.getKey() + "' is given " + e.getValue().length + " times; give it once");
                return;
            }
            values.put(e.getKey(), e.getValue()[0]);
        }
        ResultFormat format;
        if (formatName != null) {
            format = ResultFormat.byName(formatName);
            if (format == null) {
                ApiResponses.error(resp, 400, "unknown format '" + formatName + "'; use one of " + ResultFormat.names());
                return;
            }
        } else {
            String accept = req.getHeader("Accept");
            MediaType mt;
            try {
                mt = accept == null || accept.isBlank()
                        ? MediaType.create(ResultFormat.JSON.mediaType())
                        : ConNeg.match(accept, ResultFormat.OFFER);
            } catch (RuntimeException malformed) {
                mt = null;
            }
            format = mt == null ? null : ResultFormat.byMediaType(mt);
            if (format == null) {
                ApiResponses.error(resp, 406, "cannot answer with " + req.getHeader("Accept") + "; offered: " + ResultFormat.OFFER);
                return;
            }
        }
        Query bound;
        try {
            bound = template.bind(values);
        } catch (ParameterException e) {
            ApiResponses.error(resp, 400, e.getMessage());
            return;
        }
        if (notModified(req, resp, template.name() + new TreeMap<>(values) + format)) return;
        CannedQueryRunner.Answer answer;
        try {
            answer = CannedQueryRunner.run(dataset, bound, timeout, maxRows);
        } catch (QueryCancelledException e) {
            ApiResponses.error(resp, 503, "the query took longer than the server's timeout of " + timeout.toMillis() + " ms");
            return;
        } catch (TextIndexParseException e) {
            ApiResponses.error(resp, 400, "the search text is not a valid Lucene query (quote it, or escape + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /): "
                    + e.getMessage().replaceAll("\\s+", " "));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (answer.rows() == null) format.write(out, answer.ask());
        else format.write(out, answer.rows());
        resp.setStatus(200);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        if (answer.truncated())
            resp.setHeader(TRUNCATED_HEADER, "more than " + maxRows + " rows matched; the first " + maxRows
                    + " are returned (the server's --max-rows); narrow the parameters to see the rest");
        resp.getOutputStream().write(out.toByteArray());
    }

    /** Sets caching headers; true when the client's copy is current (304 sent). */
    private boolean notModified(HttpServletRequest req, HttpServletResponse resp, String key) {
        if (dataVersion == null) {
            resp.setHeader("Cache-Control", "no-store");
            return false;
        }
        String etag = "\"" + sha1(dataVersion + "|" + key + "|" + req.getHeader("Accept")) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=60");
        String inm = req.getHeader("If-None-Match");
        if (inm != null && (inm.equals(etag) || inm.equals("*"))) {
            resp.setStatus(304);
            return true;
        }
        return false;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
