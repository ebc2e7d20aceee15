package org.geoclaims.linkeddata;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Whole-dataset dumps, written with RIOT's streaming writers: TriG, N-Quads and JSON-LD keep the
 * named graphs; Turtle and RDF/XML hold the union of all graphs (the default graph served).
 */
public enum Dumps {
    TRIG("trig", WebContent.contentTypeTriG, true),
    NQUADS("nq", WebContent.contentTypeNQuads, true),
    TURTLE("ttl", WebContent.contentTypeTurtle, false),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, true),
    RDFXML("rdf", WebContent.contentTypeRDFXML, false);

    private final String extension;
    private final String mediaType;
    private final boolean keepsGraphs;

    Dumps(String extension, String mediaType, boolean keepsGraphs) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.keepsGraphs = keepsGraphs;
    }

    public String extension() { return extension; }
    public String mediaType() { return mediaType; }
    /** True for the formats that keep named graphs apart. */
    public boolean keepsGraphs() { return keepsGraphs; }
    public String fileName() { return "geoclaims." + extension; }

    /** By the names {@code export --format} takes (ttl, trig, nq, jsonld, rdfxml) and by file extension. */
    public static Dumps byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("rdfxml") || n.equals("xml")) return RDFXML;
        if (n.equals("turtle")) return TURTLE;
        if (n.equals("nquads")) return NQUADS;
        if (n.equals("json-ld")) return JSONLD;
        for (Dumps d : values())
            if (d.extension.equals(n)) return d;
        return null;
    }

    public void write(DatasetGraph dsg, OutputStream out, JsonLdContext context) {
        dsg.executeRead(() -> {
            switch (this) {
                case TRIG -> stream(out, RDFFormat.TRIG_BLOCKS, s -> dsg.find().forEachRemaining(s::quad));
                case NQUADS -> stream(out, RDFFormat.NQUADS, s -> dsg.find().forEachRemaining(s::quad));
                case TURTLE -> stream(out, RDFFormat.TURTLE_BLOCKS, s -> dsg.getUnionGraph().find().forEachRemaining(s::triple));
                case RDFXML -> {
                    Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    dsg.getUnionGraph().find().forEachRemaining(union::add);
                    JsonLdContext.PREFIXES.forEach(union.getPrefixMapping()::setNsPrefix);
                    RDFDataMgr.write(out, union, RDFFormat.RDFXML_PLAIN);
                }
                case JSONLD -> {
                    DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
                    copy.executeWrite(() -> dsg.find().forEachRemaining(copy::add));
                    String json = copy.calculateRead(() -> context.compact(copy, null));
                    try {
                        out.write(json.getBytes(StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        });
    }

    private static void stream(OutputStream out, RDFFormat format, java.util.function.Consumer<StreamRDF> body) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format);
        s.start();
        for (Map.Entry<String, String> p : JsonLdContext.PREFIXES.entrySet()) s.prefix(p.getKey(), p.getValue());
        body.accept(s);
        s.finish();
    }
}
