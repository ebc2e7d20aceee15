package org.geoclaims.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.geoclaims.linkeddata.Labels;
import org.geoclaims.vocab.GC;
import org.geoclaims.vocab.Prefixes;

/**
 * Reads source documents from the served dataset with SPARQL: the list of documents, and one
 * document with its structure and evidence ({@link SourceDocument}).
 */
final class SourceDocuments {
    private static final String PREFIXES = """
            PREFIX gc: <%s>
            PREFIX rdfs: <%s>
            PREFIX rdf: <%s>
            PREFIX nif: <%s>
            PREFIX oa: <%s>
            PREFIX dcterms: <%s>
            PREFIX schema: <%s>
            """.formatted(GC.NS, Prefixes.RDFS, Prefixes.RDF, Prefixes.NIF, Prefixes.OA, Prefixes.DCTERMS, Prefixes.SCHEMA);

    /** Document ids are the last segment of {@code .../source/<id>}: kebab-case from names. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Each document with its counts; each count in its own subquery, so that they do not multiply. */
    private static final Query LIST = query("""
            SELECT ?doc ?title ?publisher ?sentences ?supportingSentences ?statements WHERE {
              ?doc a gc:SourceDocument .
              OPTIONAL { ?doc dcterms:title ?title }
              OPTIONAL { ?doc schema:publisher/rdfs:label ?publisher }
              { SELECT ?doc (COUNT(DISTINCT ?sentence) AS ?sentences)
                WHERE { ?doc a gc:SourceDocument . OPTIONAL { ?sentence a nif:Sentence ; nif:referenceContext ?doc } } GROUP BY ?doc }
              { SELECT ?doc (COUNT(DISTINCT ?sentence) AS ?supportingSentences)
                WHERE { ?doc a gc:SourceDocument . OPTIONAL { ?evidence oa:hasSource ?doc ; gc:inSentence ?sentence } } GROUP BY ?doc }
              { SELECT ?doc (COUNT(DISTINCT ?statement) AS ?statements)
                WHERE { ?doc a gc:SourceDocument . OPTIONAL { ?statement gc:hasEvidence/oa:hasSource ?doc } } GROUP BY ?doc }
            } ORDER BY ?title ?doc""");

    private static final Query HEADER = query("""
            SELECT ?text ?title ?question ?publisher WHERE {
              ?doc a gc:SourceDocument ; nif:isString ?text .
              OPTIONAL { ?doc dcterms:title ?title }
              OPTIONAL { ?doc gc:question ?question }
              OPTIONAL { ?doc schema:publisher/rdfs:label ?publisher }
            } LIMIT 1""");

    private static final Query PARTS = query("""
            SELECT ?part ?type ?begin ?end ?container ?sectionKind ?heading ?characteristic WHERE {
              {
                ?doc gc:hasSection ?part . BIND("section" AS ?type)
                OPTIONAL { ?part gc:sectionKind ?sectionKind }
                OPTIONAL { ?part gc:heading ?heading }
              } UNION {
                ?part a nif:Paragraph ; nif:referenceContext ?doc ; dcterms:isPartOf ?container . BIND("block" AS ?type)
              } UNION {
                ?part a gc:TableRow ; nif:referenceContext ?doc ; dcterms:isPartOf ?container ; gc:characteristic ?characteristic .
                BIND("block" AS ?type)
              } UNION {
                ?part a nif:Sentence ; nif:referenceContext ?doc . BIND("sentence" AS ?type)
                OPTIONAL { ?part dcterms:isPartOf ?container }
              }
              ?part nif:beginIndex ?begin ; nif:endIndex ?end .
            }""");

    private static final Query QUOTES = query("""
            SELECT ?statement ?evidence ?start ?end ?exact ?sentence WHERE {
              ?statement gc:hasEvidence ?evidence .
              ?evidence oa:hasSource ?doc ; oa:hasSelector ?position , ?quote .
              ?position oa:start ?start ; oa:end ?end .
              ?quote oa:exact ?exact .
              OPTIONAL { ?evidence gc:inSentence ?sentence }
            } ORDER BY ?start ?statement""");

    /** What to call each statement: its label, else its kind with its own words or the labels of what it links to. */
    private static final Query NAMES = query("""
            SELECT ?statement ?label ?typeLabel ?text ?textRank ?linked WHERE {
              { SELECT DISTINCT ?statement WHERE { ?statement gc:hasEvidence/oa:hasSource ?doc } }
              OPTIONAL { ?statement rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "en") || LANG(?label) = "") }
              OPTIONAL { ?statement a ?type . ?type rdfs:label ?typeLabel FILTER(STRSTARTS(STR(?type), STR(gc:))) }
              OPTIONAL {
                VALUES (?textProperty ?textRank) { (gc:propositionText 1) (gc:quotedText 2) (gc:originalExpression 3) (gc:description 4) }
                ?statement ?textProperty ?text .
              }
              OPTIONAL {
                ?statement ?p ?o . ?o rdfs:label ?linked .
                FILTER(isIRI(?o) && ?p != rdf:type && !STRSTARTS(STR(?o), STR(gc:)))
              }
            }""");

    private final DatasetGraph dataset;

    SourceDocuments(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** One line of the list of documents. */
    record Summary(String iri, String id, String title, String publisher, long sentences, long supportingSentences,
                   long statements) {}

    List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        select(LIST, null, b -> {
            String iri = b.get(Var.alloc("doc")).getURI();
            if (!iri.startsWith(GC.SOURCE)) return;
            out.add(new Summary(iri, iri.substring(GC.SOURCE.length()), text(b, "title"), text(b, "publisher"),
                    number(b, "sentences"), number(b, "supportingSentences"), number(b, "statements")));
        });
        return out;
    }

    /** The document {@code .../source/<id>}, or empty when there is none (or it has no text). */
    Optional<SourceDocument> load(String id) {
        if (id == null || !ID.matcher(id).matches()) return Optional.empty();
        Node doc = NodeFactory.createURI(GC.source(id));
        return dataset.calculateRead(() -> {
            List<Binding> header = rows(HEADER, doc);
            if (header.isEmpty()) return Optional.empty();
            Binding h = header.get(0);
            SourceText text = new SourceText(text(h, "text"));

            List<SourceDocument.Part> sections = new ArrayList<>();
            List<SourceDocument.Part> blocks = new ArrayList<>();
            List<SourceDocument.Part> sentences = new ArrayList<>();
            for (Binding b : rows(PARTS, doc)) {
                String iri = b.get(Var.alloc("part")).getURI();
                SourceDocument.Part part = new SourceDocument.Part(iri, trailingNumber(iri), (int) number(b, "begin"),
                        (int) number(b, "end"), iriOrNull(b, "container"), localNameOrNull(b, "sectionKind"),
                        text(b, "heading"), text(b, "characteristic"));
                switch (text(b, "type")) {
                    case "section" -> sections.add(part);
                    case "block" -> blocks.add(part);
                    default -> sentences.add(part);
                }
            }
            sections.sort(SourceDocument.Part.READING_ORDER);
            blocks.sort(SourceDocument.Part.READING_ORDER);
            sentences.sort(SourceDocument.Part.READING_ORDER);

            return Optional.of(new SourceDocument(doc.getURI(), id, text(h, "title"), text(h, "question"),
                    text(h, "publisher"), text, sections, blocks, sentences, quotes(doc), names(doc)));
        });
    }

    private List<SourceDocument.Quote> quotes(Node doc) {
        Map<String, SourceDocument.Quote> byEvidence = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> sentencesOf = new LinkedHashMap<>();
        for (Binding b : rows(QUOTES, doc)) {
            String statement = b.get(Var.alloc("statement")).getURI();
            String evidence = b.get(Var.alloc("evidence")).getURI();
            String key = statement + " " + evidence;
            byEvidence.computeIfAbsent(key, k -> new SourceDocument.Quote(statement, evidence, (int) number(b, "start"),
                    (int) number(b, "end"), text(b, "exact"), List.of()));
            TreeSet<Integer> sentences = sentencesOf.computeIfAbsent(key, k -> new TreeSet<>());
            String sentence = iriOrNull(b, "sentence");
            if (sentence != null) sentences.add(trailingNumber(sentence));
        }
        List<SourceDocument.Quote> out = new ArrayList<>();
        byEvidence.forEach((key, q) -> out.add(new SourceDocument.Quote(q.statement(), q.evidence(), q.start(), q.end(),
                q.exact(), List.copyOf(sentencesOf.get(key)))));
        return out;
    }

    private Map<String, SourceDocument.StatementName> names(Node doc) {
        Map<String, NameParts> parts = new TreeMap<>();
        for (Binding b : rows(NAMES, doc)) {
            NameParts p = parts.computeIfAbsent(b.get(Var.alloc("statement")).getURI(), k -> new NameParts());
            if (text(b, "label") != null) p.label = text(b, "label");
            if (text(b, "typeLabel") != null) p.kinds.add(text(b, "typeLabel"));
            if (text(b, "linked") != null) p.linked.add(text(b, "linked"));
            String t = text(b, "text");
            if (t != null) {
                int rank = (int) number(b, "textRank");
                if (rank < p.textRank) { p.text = t; p.textRank = rank; }
            }
        }
        Map<String, SourceDocument.StatementName> out = new LinkedHashMap<>();
        parts.forEach((iri, p) -> out.put(iri, p.name(iri)));
        return out;
    }

    /** The pieces a statement's name is made of. */
    private static final class NameParts {
        String label;
        String text;
        int textRank = Integer.MAX_VALUE;
        final TreeSet<String> kinds = new TreeSet<>();
        final TreeSet<String> linked = new TreeSet<>();

        SourceDocument.StatementName name(String iri) {
            String kind = String.join(", ", kinds);
            String kindPrefix = kind.isEmpty() ? "" : capitalise(kind) + ": ";
            String name;
            if (label != null) name = label;
            else if (text != null) name = kindPrefix + text;
            else if (!linked.isEmpty()) name = kindPrefix + String.join(", ", linked);
            else name = kindPrefix + Labels.localName(iri);
            return new SourceDocument.StatementName(name, kind);
        }
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    // --- SPARQL plumbing -------------------------------------------------------------------------

    private static Query query(String body) {
        return QueryFactory.create(PREFIXES + body);
    }

    private List<Binding> rows(Query q, Node doc) {
        var exec = QueryExec.dataset(dataset).query(q);
        if (doc != null) exec.substitution("doc", doc);
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = exec.build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    private void select(Query q, Node doc, Consumer<Binding> each) {
        dataset.executeRead(() -> rows(q, doc).forEach(each));
    }

    private static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static long number(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        if (n == null || !n.isLiteral()) return 0;
        try {
            return Long.parseLong(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String iriOrNull(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static String localNameOrNull(Binding b, String var) {
        String iri = iriOrNull(b, var);
        return iri == null ? null : Labels.localName(iri);
    }

    /** {@code .../sentence/12} → 12; 0 when the IRI does not end in a number. */
    static int trailingNumber(String iri) {
        int cut = iri.lastIndexOf('/');
        try {
            return Integer.parseInt(iri.substring(cut + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
