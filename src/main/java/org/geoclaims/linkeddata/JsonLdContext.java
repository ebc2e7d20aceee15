package org.geoclaims.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.geoclaims.vocab.GC;
import org.geoclaims.vocab.Prefixes;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON-LD 1.1 {@code @context} of geoclaims, generated from the ontology: the prefixes, and a
 * term for every property of the ontology (object properties typed {@code @id}, datatype
 * properties with their datatype when it is a single XSD type), so that JSON-LD output reads as
 * plain JSON. Served at {@code /context.jsonld}; RDF is compacted against it with Titanium, the
 * JSON-LD processor Jena itself uses.
 */
public final class JsonLdContext {
    /** Prefixes used in the context and in every RDF output. */
    public static final Map<String, String> PREFIXES = prefixes();

    private final JsonObject context;       // {"@context": {...}}

    private JsonLdContext(JsonObject context) {
        this.context = context;
    }

    private static Map<String, String> prefixes() {
        Map<String, String> m = new TreeMap<>(Prefixes.all());
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Builds the context from the ontology's properties in the dataset. */
    public static JsonLdContext fromOntology(DatasetGraph dsg) {
        JsonObjectBuilder ctx = Json.createObjectBuilder();
        PREFIXES.forEach(ctx::add);
        ctx.add("@language", "en");
        ctx.add("label", Json.createObjectBuilder().add("@id", "rdfs:label"));
        ctx.add("altLabel", Json.createObjectBuilder().add("@id", "skos:altLabel"));
        ctx.add("sameAs", Json.createObjectBuilder().add("@id", "owl:sameAs").add("@type", "@id"));
        Map<String, JsonObjectBuilder> terms = new TreeMap<>();
        dsg.executeRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query("""
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?p ?kind (SAMPLE(?r) AS ?range) (COUNT(DISTINCT ?r) AS ?ranges) {
                      VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty }
                      ?p a ?kind FILTER(STRSTARTS(STR(?p), "%s"))
                      OPTIONAL { ?p rdfs:range ?r FILTER(isIRI(?r) && STRSTARTS(STR(?r), "http://www.w3.org/2001/XMLSchema#")) }
                    } GROUP BY ?p ?kind""".formatted(GC.NS)).build()) {
                qe.select().forEachRemaining(b -> {
                    String iri = b.get("p").getURI();
                    String local = iri.substring(GC.NS.length());
                    JsonObjectBuilder t = Json.createObjectBuilder().add("@id", "gc:" + local);
                    if (b.get("kind").getURI().endsWith("ObjectProperty")) t.add("@type", "@id");
                    else if (b.get("range") != null && ((Number) b.get("ranges").getLiteralValue()).intValue() == 1)
                        t.add("@type", "xsd:" + b.get("range").getURI().substring("http://www.w3.org/2001/XMLSchema#".length()));
                    terms.put(local, t);
                });
            }
        });
        terms.forEach((k, v) -> {
            if (!PREFIXES.containsKey(k)) ctx.add(k, v);
        });
        return new JsonLdContext(Json.createObjectBuilder().add("@context", ctx).build());
    }

    /** The context document, pretty-printed. */
    public String document() {
        return pretty(context);
    }

    /**
     * A graph as compact JSON-LD.
     *
     * @param contextUrl the URL to put in {@code @context}, or null to embed the context itself
     */
    public String compact(Graph graph, String contextUrl) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, graph, RDFFormat.JSONLD11_FLAT);
        return compactJson(expanded.toString(StandardCharsets.UTF_8), contextUrl);
    }

    /** A dataset (its named graphs) as compact JSON-LD. */
    public String compact(DatasetGraph dataset, String contextUrl) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, dataset, RDFFormat.JSONLD11_FLAT);
        return compactJson(expanded.toString(StandardCharsets.UTF_8), contextUrl);
    }

    private String compactJson(String json, String contextUrl) {
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new StringReader(json)), JsonDocument.of(context)).get();
            if (contextUrl != null)
                compacted = Json.createObjectBuilder(compacted).add("@context", contextUrl).build();
            return pretty(compacted);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    private static String pretty(JsonStructure json) {
        JsonWriterFactory f = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        java.io.StringWriter sw = new java.io.StringWriter();
        try (JsonWriter w = f.createWriter(sw)) {
            w.write(json);
        }
        return sw.toString().strip() + "\n";
    }

    /** The term a JSON-LD reader sees for a property, or null when none is defined. */
    public String termFor(Node property) {
        JsonObject ctx = context.getJsonObject("@context");
        for (String k : ctx.keySet()) {
            var v = ctx.get(k);
            if (v instanceof JsonObject o && o.containsKey("@id")) {
                String id = o.getString("@id");
                int colon = id.indexOf(':');
                String full = colon > 0 && PREFIXES.containsKey(id.substring(0, colon)) ? PREFIXES.get(id.substring(0, colon)) + id.substring(colon + 1) : id;
                if (full.equals(property.getURI())) return k;
            }
        }
        return null;
    }
}
