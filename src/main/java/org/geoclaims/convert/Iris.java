package org.geoclaims.convert;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geoclaims.vocab.GC;

/** The IRIs convert mints (docs/architecture.md, "IRIs"). */
public final class Iris {
    private Iris() {}

    /** {@code gcr:<id>}; nested nodes pass {@code <id>/<key>}. */
    public static Node entity(String idPath) { return NodeFactory.createURI(GC.id(idPath)); }

    /** {@code gcs:<doc>}. */
    public static Node document(String doc) { return NodeFactory.createURI(GC.source(doc)); }

    /** {@code https://w3id.org/geoclaims/graph/<doc>}. */
    public static Node graph(String doc) { return NodeFactory.createURI(GC.graph(doc)); }

    public static Node section(String doc, int n) { return part(doc, "section", n); }
    public static Node paragraph(String doc, int n) { return part(doc, "paragraph", n); }
    public static Node sentence(String doc, int n) { return part(doc, "sentence", n); }
    public static Node row(String doc, int n) { return part(doc, "row", n); }

    /** {@code gcs:<doc>/evidence/<id>/<n>}. */
    public static Node evidence(String doc, String idPath, int n) {
        return NodeFactory.createURI(GC.source(doc) + "/evidence/" + idPath + "/" + n);
    }

    /** The quote or position selector of an evidence node. */
    public static Node selector(Node evidence, String kind) {
        return NodeFactory.createURI(evidence.getURI() + "/" + kind);
    }

    private static Node part(String doc, String kind, int n) {
        return NodeFactory.createURI(GC.source(doc) + "/" + kind + "/" + n);
    }
}
