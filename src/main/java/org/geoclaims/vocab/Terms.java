package org.geoclaims.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms code writes or reads by name: the document-structure and evidence vocabulary of the
 * contract (gc:, NIF 2.0 core, Web Annotation, Dublin Core terms, schema.org) and the OWL, RDFS and
 * SKOS terms the converter looks up in the ontology.
 */
public final class Terms {
    private Terms() {}

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
    private static Node gc(String local) { return uri(GC.term(local)); }

    // geoclaims: document structure and evidence
    public static final Node GC_SOURCE_DOCUMENT = gc("SourceDocument");
    public static final Node GC_SECTION = gc("Section");
    public static final Node GC_TABLE_ROW = gc("TableRow");
    public static final Node GC_EVIDENCE = gc("Evidence");
    public static final Node GC_QUESTION = gc("question");
    public static final Node GC_HAS_SECTION = gc("hasSection");
    public static final Node GC_SECTION_KIND = gc("sectionKind");
    public static final Node GC_HEADING = gc("heading");
    public static final Node GC_POSITION = gc("position");
    public static final Node GC_CHARACTERISTIC = gc("characteristic");
    public static final Node GC_VALUE = gc("value");
    public static final Node GC_EXCLUSION_REASON = gc("exclusionReason");
    public static final Node GC_HAS_EVIDENCE = gc("hasEvidence");
    public static final Node GC_IN_SENTENCE = gc("inSentence");

    // geoclaims: annotations on classes whose individuals deny a relation
    public static final Node GC_NEGATED_PROPERTY = gc("negatedProperty");
    public static final Node GC_NEGATION_SUBJECT_PROPERTY = gc("negationSubjectProperty");
    public static final Node GC_NEGATION_OBJECT_PROPERTY = gc("negationObjectProperty");

    // NIF 2.0 core
    public static final Node NIF_CONTEXT = uri(Prefixes.NIF + "Context");
    public static final Node NIF_PARAGRAPH = uri(Prefixes.NIF + "Paragraph");
    public static final Node NIF_SENTENCE = uri(Prefixes.NIF + "Sentence");
    public static final Node NIF_IS_STRING = uri(Prefixes.NIF + "isString");
    public static final Node NIF_ANCHOR_OF = uri(Prefixes.NIF + "anchorOf");
    public static final Node NIF_BEGIN_INDEX = uri(Prefixes.NIF + "beginIndex");
    public static final Node NIF_END_INDEX = uri(Prefixes.NIF + "endIndex");
    public static final Node NIF_REFERENCE_CONTEXT = uri(Prefixes.NIF + "referenceContext");

    // Web Annotation
    public static final Node OA_HAS_SOURCE = uri(Prefixes.OA + "hasSource");
    public static final Node OA_HAS_SELECTOR = uri(Prefixes.OA + "hasSelector");
    public static final Node OA_TEXT_QUOTE_SELECTOR = uri(Prefixes.OA + "TextQuoteSelector");
    public static final Node OA_TEXT_POSITION_SELECTOR = uri(Prefixes.OA + "TextPositionSelector");
    public static final Node OA_EXACT = uri(Prefixes.OA + "exact");
    public static final Node OA_PREFIX = uri(Prefixes.OA + "prefix");
    public static final Node OA_SUFFIX = uri(Prefixes.OA + "suffix");
    public static final Node OA_START = uri(Prefixes.OA + "start");
    public static final Node OA_END = uri(Prefixes.OA + "end");

    // Dublin Core terms, schema.org, SKOS
    public static final Node DCTERMS_TITLE = uri(Prefixes.DCTERMS + "title");
    public static final Node DCTERMS_IS_PART_OF = uri(Prefixes.DCTERMS + "isPartOf");
    public static final Node SCHEMA_NEWS_ARTICLE = uri(Prefixes.SCHEMA + "NewsArticle");
    public static final Node SKOS_ALT_LABEL = uri(Prefixes.SKOS + "altLabel");

    // RDF, RDFS, OWL
    public static final Node RDF_TYPE = uri(Prefixes.RDF + "type");
    public static final Node RDF_LANG_STRING = uri(Prefixes.RDF + "langString");
    public static final Node RDF_PLAIN_LITERAL = uri(Prefixes.RDF + "PlainLiteral");
    public static final Node RDFS_LABEL = uri(Prefixes.RDFS + "label");
    public static final Node RDFS_RANGE = uri(Prefixes.RDFS + "range");
    public static final Node RDFS_LITERAL = uri(Prefixes.RDFS + "Literal");
    public static final Node RDFS_DATATYPE = uri(Prefixes.RDFS + "Datatype");
    public static final Node RDFS_SUB_CLASS_OF = uri(Prefixes.RDFS + "subClassOf");
    public static final Node RDFS_SUB_PROPERTY_OF = uri(Prefixes.RDFS + "subPropertyOf");
    public static final Node OWL_CLASS = uri(Prefixes.OWL + "Class");
    public static final Node OWL_OBJECT_PROPERTY = uri(Prefixes.OWL + "ObjectProperty");
    public static final Node OWL_DATATYPE_PROPERTY = uri(Prefixes.OWL + "DatatypeProperty");
    public static final Node OWL_ANNOTATION_PROPERTY = uri(Prefixes.OWL + "AnnotationProperty");
    public static final Node OWL_NAMED_INDIVIDUAL = uri(Prefixes.OWL + "NamedIndividual");
    public static final Node OWL_SAME_AS = uri(Prefixes.OWL + "sameAs");
    public static final Node OWL_UNION_OF = uri(Prefixes.OWL + "unionOf");
    public static final Node OWL_EQUIVALENT_CLASS = uri(Prefixes.OWL + "equivalentClass");
    public static final Node OWL_NEGATIVE_PROPERTY_ASSERTION = uri(Prefixes.OWL + "NegativePropertyAssertion");
    public static final Node OWL_SOURCE_INDIVIDUAL = uri(Prefixes.OWL + "sourceIndividual");
    public static final Node OWL_ASSERTION_PROPERTY = uri(Prefixes.OWL + "assertionProperty");
    public static final Node OWL_TARGET_INDIVIDUAL = uri(Prefixes.OWL + "targetIndividual");
}
