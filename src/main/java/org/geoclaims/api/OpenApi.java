package org.geoclaims.api;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The OpenAPI 3 description of the canned-query API, generated from the query files: one
 * operation per query, its parameters typed from the query header.
 */
public final class OpenApi {
    private OpenApi() {}

    public static JsonObject describe(QueryCatalog catalog, String version) {
        JsonObject root = new JsonObject();
        root.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "geoclaims canned queries");
        info.put("version", version);
        info.put("description", "Questions about relations between states and the claims made about them, answered by "
                + "SPARQL queries over the geoclaims knowledge graph. Each operation is one file in queries/; its "
                + "parameters are bound into the parsed query as RDF terms. Results are SPARQL 1.1 results in JSON, "
                + "XML, CSV, TSV or text (Accept header or ?format=).");
        root.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", "/");
        servers.add(server);
        root.put("servers", servers);

        JsonObject paths = new JsonObject();
        JsonObject list = new JsonObject();
        JsonObject listGet = new JsonObject();
        listGet.put("operationId", "listQueries");
        listGet.put("summary", "The canned queries, with their parameters and example URLs");
        listGet.put("tags", tags("catalog"));
        listGet.put("responses", responses(false));
        list.put("get", listGet);
        paths.put("/api/queries", list);

        JsonArray tagList = new JsonArray();
        java.util.Set<String> seenTags = new java.util.TreeSet<>();
        for (QueryTemplate t : catalog.all()) {
            JsonObject get = new JsonObject();
            get.put("operationId", camel(t.name()));
            get.put("summary", t.summary());
            if (t.description() != null) get.put("description", t.description());
            JsonArray ts = new JsonArray();
            t.tags().forEach(tag -> { ts.add(tag); seenTags.add(tag); });
            get.put("tags", ts);
            JsonArray params = new JsonArray();
            for (QueryParameter p : t.params()) params.add(parameter(p));
            params.add(formatParameter());
            get.put("parameters", params);
            get.put("responses", responses(true));
            JsonObject path = new JsonObject();
            path.put("get", get);
            paths.put("/api/queries/" + t.name(), path);
        }
        root.put("paths", paths);
        for (String tag : seenTags) {
            JsonObject to = new JsonObject();
            to.put("name", tag);
            tagList.add(to);
        }
        root.put("tags", tagList);
        return root;
    }

    private static JsonObject parameter(QueryParameter p) {
        JsonObject o = new JsonObject();
        o.put("name", p.name());
        o.put("in", "query");
        o.put("required", p.required());
        o.put("description", (p.description() == null ? "" : p.description() + " ") + "Type: " + p.type().expected() + ".");
        JsonObject schema = new JsonObject();
        switch (p.type()) {
            case INTEGER -> schema.put("type", "integer");
            case DATE -> { schema.put("type", "string"); schema.put("format", "date"); }
            case YEAR -> { schema.put("type", "string"); schema.put("pattern", "^-?[0-9]{4,}$"); }
            case IRI -> { schema.put("type", "string"); schema.put("format", "iri-or-geoclaims-id"); }
            default -> schema.put("type", "string");
        }
        if (p.defaultValue() != null) schema.put("default", p.defaultValue());
        o.put("schema", schema);
        o.put("example", p.example());
        return o;
    }

    private static JsonObject formatParameter() {
        JsonObject o = new JsonObject();
        o.put("name", "format");
        o.put("in", "query");
        o.put("required", false);
        o.put("description", "Result format, instead of the Accept header.");
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        JsonArray values = new JsonArray();
        for (ResultFormat f : ResultFormat.values()) values.add(f.formatName());
        schema.put("enum", values);
        o.put("schema", schema);
        return o;
    }

    private static JsonObject responses(boolean results) {
        JsonObject r = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", results ? "SPARQL results" : "The list of queries");
        JsonObject content = new JsonObject();
        if (results) for (ResultFormat f : ResultFormat.values()) content.put(f.mediaType(), new JsonObject());
        else content.put("application/json", new JsonObject());
        ok.put("content", content);
        r.put("200", ok);
        if (results) {
            r.put("400", text("A parameter is missing, unknown or of the wrong type; the message names it and its type"));
            r.put("404", text("No such query"));
            r.put("406", text("No offered format matches the Accept header"));
            r.put("503", text("The query ran longer than the server's timeout"));
        }
        return r;
    }

    private static JsonObject text(String description) {
        JsonObject o = new JsonObject();
        o.put("description", description);
        JsonObject content = new JsonObject();
        content.put("text/plain", new JsonObject());
        o.put("content", content);
        return o;
    }

    private static JsonArray tags(String... names) {
        JsonArray a = new JsonArray();
        for (String n : names) a.add(n);
        return a;
    }

    private static String camel(String kebab) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') { up = true; continue; }
            sb.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return sb.toString();
    }
}
