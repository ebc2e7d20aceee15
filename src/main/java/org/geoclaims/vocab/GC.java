package org.geoclaims.vocab;

/**
 * The IRIs geoclaims mints. Everything lives under one persistent base; the ontology IRI is
 * distinct from the namespace of its terms and from the namespaces of data resources.
 */
public final class GC {
    private GC() {}

    /** Persistent public base of every IRI the project mints. */
    public static final String BASE = "https://w3id.org/geoclaims/";

    /** The ontology document IRI (owl:Ontology). */
    public static final String ONTOLOGY = BASE + "ontology";

    /** Namespace of ontology terms (classes, properties, concept schemes): prefix {@code gc:}. */
    public static final String NS = BASE + "ontology/";

    /** Namespace of real-world entities and statements about them: prefix {@code gcr:}. */
    public static final String ID = BASE + "id/";

    /** Namespace of source documents and their parts (sections, sentences, evidence): prefix {@code gcs:}. */
    public static final String SOURCE = BASE + "source/";

    /** Namespace of named graphs. */
    public static final String GRAPH = BASE + "graph/";

    public static final String PREFIX = "gc";
    public static final String ID_PREFIX = "gcr";
    public static final String SOURCE_PREFIX = "gcs";

    public static String term(String localName) { return NS + localName; }
    public static String id(String localName) { return ID + localName; }
    public static String source(String localName) { return SOURCE + localName; }
    public static String graph(String localName) { return GRAPH + localName; }
}
