package org.geoclaims.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geoclaims.vocab.GC;
import org.geoclaims.vocab.Prefixes;

/**
 * Synthetic geoclaims data of the shape of the real data, for benchmarks: source documents (one
 * named graph each, {@code graph/syn-doc-<n>}) whose text is written from the statements they
 * support, NIF sections, paragraphs and sentences with code-point offsets, and statements
 * (recognitions with rankings, non-recognitions with their OWL negative property assertion,
 * agreements and updates, exercises with participations, training, procurement interest, armed
 * conflicts, claims and accusations with propositions, denials with quotations, support
 * statements with the stance they express), each with Web Annotation evidence quoting its
 * sentence at the recorded offsets.
 *
 * <p>Entities come from pools with Zipf skew (a few states are in most statements, most states
 * in few); each entity is described (type, label) in the graph of the first document that names
 * it. Output is TriG written as a stream ({@link RDFFormat#TRIG_BLOCKS}): one document is held
 * in memory at a time, so any size needs little heap. The same target and seed give the same
 * bytes. Generation stops at the first document boundary at or after the target triple count.
 *
 * <p>Minted IRIs: {@code gcr:syn-...} for entities and statements, {@code gcs:syn-doc-<n>/...}
 * for documents and their parts.
 */
public final class SyntheticData {
    /** What was written. */
    public record Result(long triples, int documents, int statements) {}

    /** A rough triple count per document, to size the entity pools before the first document. */
    static final int TRIPLES_PER_DOCUMENT = 300;

    static { org.apache.jena.sys.JenaSystem.init(); }

    private static final String SYN = "syn-";

    // ---- vocabulary
    private static Node gc(String local) { return NodeFactory.createURI(GC.term(local)); }
    private static Node iri(String ns, String local) { return NodeFactory.createURI(ns + local); }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node HAS_EVIDENCE = gc("hasEvidence");
    private static final Node DATE = gc("date");
    private static final Node NIF_CONTEXT = iri(Prefixes.NIF, "Context");
    private static final Node NIF_SENTENCE = iri(Prefixes.NIF, "Sentence");
    private static final Node NIF_PARAGRAPH = iri(Prefixes.NIF, "Paragraph");
    private static final Node NIF_BEGIN = iri(Prefixes.NIF, "beginIndex");
    private static final Node NIF_END = iri(Prefixes.NIF, "endIndex");
    private static final Node NIF_IS_STRING = iri(Prefixes.NIF, "isString");
    private static final Node NIF_ANCHOR = iri(Prefixes.NIF, "anchorOf");
    private static final Node NIF_CONTEXT_OF = iri(Prefixes.NIF, "referenceContext");
    private static final Node IS_PART_OF = iri(Prefixes.DCTERMS, "isPartOf");
    private static final Node TITLE = iri(Prefixes.DCTERMS, "title");
    private static final Node NEWS_ARTICLE = iri(Prefixes.SCHEMA, "NewsArticle");
    private static final Node PUBLISHER = iri(Prefixes.SCHEMA, "publisher");
    private static final Node OA_HAS_SOURCE = iri(Prefixes.OA, "hasSource");
    private static final Node OA_HAS_SELECTOR = iri(Prefixes.OA, "hasSelector");
    private static final Node OA_QUOTE = iri(Prefixes.OA, "TextQuoteSelector");
    private static final Node OA_POSITION = iri(Prefixes.OA, "TextPositionSelector");
    private static final Node OA_EXACT = iri(Prefixes.OA, "exact");
    private static final Node OA_PREFIX = iri(Prefixes.OA, "prefix");
    private static final Node OA_SUFFIX = iri(Prefixes.OA, "suffix");
    private static final Node OA_START = iri(Prefixes.OA, "start");
    private static final Node OA_END = iri(Prefixes.OA, "end");
    private static final Node POSITION = gc("position");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private static final String[][] AGREEMENT_KINDS = {
        {"CooperationAgreement", "cooperation"},
        {"DefenceAndMilitaryCooperationAgreement", "defence and military cooperation"},
        {"MilitaryCooperationAgreement", "military cooperation"},
        {"TradeAgreement", "trade"},
        {"TaxAgreement", "tax"},
        {"HealthAgreement", "health"},
        {"TourismAgreement", "tourism"},
        {"FriendshipAgreement", "friendship"},
        {"WeaponsCoProductionAgreement", "weapons co-production"}};
    /** Proposition predicates: {property, past tense, "had ..." form, "of ...ing" form}. */
    private static final String[][] ACTS = {
        {"sendsTroopsTo", "sent troops to", "had sent troops to", "sending troops to"},
        {"providesMilitarySupportTo", "supplied weapons to", "had supplied weapons to", "supplying weapons to"},
        {"fightsAlongside", "fought alongside the forces of", "had fought alongside the forces of", "fighting alongside the forces of"}};
    private static final String[] STATUSES = {"Unverified", "Unverified", "Disputed", "Denied", "Denied", "Confirmed", "Refuted"};
    private static final String[] DEAL_STATUSES = {"NoFormalDeal", "DealUnderNegotiation", "DealConcluded"};
    private static final String[] BRANCHES = {"NavalBranch", "LandForcesBranch", "AirForceBranch", "SpecialForcesBranch"};
    private static final String[] SUPPORT_KINDS = {"DiplomaticSupport", "PoliticalSupport", "MilitarySupport"};
    private static final String[] DENIAL_WORDS = {
        "baseless and irresponsible", "speculative and false", "a fabrication", "propaganda with no basis in fact",
        "irresponsible, speculative and baseless", "an attempt to mislead the public"};
    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth"};
    private static final String[] TOPICS = {
        "recognition, agreements and claims", "a military partnership", "reports of troops and the denials",
        "diplomacy and defence", "a relationship under scrutiny", "alliances and disputes"};
    private static final String[] HEADINGS = {
        "Diplomatic relations", "Defence cooperation", "Claims and responses", "Recent developments",
        "Background", "Positions of the parties"};

    // ---- state across documents
    private final SplittableRandom rnd;
    private final Zipf states;
    private final Zipf outlets;
    private final Zipf persons;
    private final Zipf equipment;
    private final BitSet definedStates = new BitSet();
    private final BitSet definedOutlets = new BitSet();
    private final BitSet definedPersons = new BitSet();
    private final BitSet definedEquipment = new BitSet();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private final List<ClaimRef> claims = new ArrayList<>();
    private int blankNodes;
    private int statements;

    /** A claim that later documents may answer. */
    private record ClaimRef(Node claim, Node proposition, int subject, int object, int act) {}

    private SyntheticData(long targetTriples, long seed) {
        this.rnd = new SplittableRandom(seed);
        long docs = Math.max(1, targetTriples / TRIPLES_PER_DOCUMENT);
        this.states = new Zipf(200, 1.0);
        this.outlets = new Zipf((int) Math.min(5_000, Math.max(20, docs / 10)), 1.1);
        this.persons = new Zipf((int) Math.min(20_000, Math.max(30, docs / 3)), 0.8);
        this.equipment = new Zipf((int) Math.min(1_000, Math.max(10, docs / 50)), 1.0);
    }

    /** Writes synthetic TriG for about {@code targetTriples} triples to a file (via a temporary file). */
    public static Result write(long targetTriples, long seed, Path out) {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Result r;
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                r = write(targetTriples, seed, os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Writes synthetic TriG for about {@code targetTriples} triples to a stream (not closed). */
    public static Result write(long targetTriples, long seed, OutputStream out) {
        if (targetTriples < 1) throw new IllegalArgumentException("the number of triples must be positive");
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        stream.start();
        stream.prefix("dcterms", Prefixes.DCTERMS);
        stream.prefix("gc", GC.NS);
        stream.prefix("gcr", GC.ID);
        stream.prefix("gcs", GC.SOURCE);
        stream.prefix("nif", Prefixes.NIF);
        stream.prefix("oa", Prefixes.OA);
        stream.prefix("owl", Prefixes.OWL);
        stream.prefix("rdf", Prefixes.RDF);
        stream.prefix("rdfs", Prefixes.RDFS);
        stream.prefix("schema", Prefixes.SCHEMA);
        stream.prefix("skos", Prefixes.SKOS);
        stream.prefix("xsd", Prefixes.XSD);
        SyntheticData gen = new SyntheticData(targetTriples, seed);
        long triples = 0;
        int docs = 0;
        while (triples < targetTriples) {
            docs++;
            Document d = gen.document(docs);
            for (Quad q : d.quads) stream.quad(q);
            triples += d.quads.size();
        }
        stream.finish();
        return new Result(triples, docs, gen.statements);
    }

    // ---- one document

    /** The quads of one document, and what its statements need while it is written. */
    private final class Document {
        final String docId;
        final Node doc;
        final Node graph;
        final DocumentText text;
        final List<Quad> quads = new ArrayList<>();
        final List<Quad> entities = new ArrayList<>();
        final List<Quad> body = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();
        final Map<String, Integer> evidenceCount = new LinkedHashMap<>();
        final int[] focal;
        final List<ClaimRef> claimsHere = new ArrayList<>();
        final List<int[]> conflicts = new ArrayList<>();       // {a, b}
        final List<Node> conflictNodes = new ArrayList<>();
        final List<int[]> agreements = new ArrayList<>();      // {a, b}
        final List<Node> agreementNodes = new ArrayList<>();
        int paragraphSize;

        Document(int n, String title, int[] focal) {
            this.docId = SYN + "doc-" + n;
            this.doc = NodeFactory.createURI(GC.source(docId));
            this.graph = NodeFactory.createURI(GC.graph(docId));
            this.text = new DocumentText(title);
            this.focal = focal;
        }

        void add(Node s, Node p, Node o) { body.add(Quad.create(graph, s, p, o)); }
        /** A triple describing an entity: written before the statements. */
        void describe(Node s, Node p, Node o) { entities.add(Quad.create(graph, s, p, o)); }
        void type(Node s, String gcClass) { add(s, TYPE, gc(gcClass)); }
        void label(Node s, String label) { add(s, LABEL, en(label)); }

        int sentence(String s) {
            if (text.sentencesInParagraph() >= paragraphSize) {
                text.closeParagraph();
                paragraphSize = 2 + rnd.nextInt(3);
            }
            return text.sentence(s);
        }

        /** Evidence for {@code owner} ({@code ownerId} names it under evidence/): a quote of sentence {@code n}. */
        void evidence(Node owner, String ownerId, int n, DocumentText.Span span) {
            int k = evidenceCount.merge(ownerId, 1, Integer::sum);
            Node ev = NodeFactory.createURI(GC.source(docId + "/evidence/" + ownerId + "/" + k));
            add(owner, HAS_EVIDENCE, ev);
            evidence.add(new Evidence(ev, n, span));
        }

        void evidenceSentence(Node owner, String ownerId, int n) {
            DocumentText.Sentence s = text.sentenceNo(n);
            evidence(owner, ownerId, n, new DocumentText.Span(s.begin(), s.end()));
        }

        void evidencePhrase(Node owner, String ownerId, int n, String phrase, int from) {
            evidence(owner, ownerId, n, text.locate(n, phrase, from));
        }
    }

    private record Evidence(Node node, int sentence, DocumentText.Span span) {}

    private Document document(int n) {
        int[] focal = {states.sample(rnd), states.sample(rnd), states.sample(rnd)};
        while (focal[1] == focal[0]) focal[1] = states.sample(rnd);
        String title = stateName(focal[0]) + " and " + stateName(focal[1]) + ": " + TOPICS[rnd.nextInt(TOPICS.length)];
        Document d = new Document(n, title, focal);
        d.paragraphSize = 2 + rnd.nextInt(3);
        int publisher = outlets.sample(rnd);
        int count = 4 + rnd.nextInt(9);
        int secondSection = count >= 6 ? count / 2 : -1;
        d.text.section(HEADINGS[rnd.nextInt(HEADINGS.length)]);
        for (int i = 0; i < count; i++) {
            if (i == secondSection) d.text.section(HEADINGS[rnd.nextInt(HEADINGS.length)]);
            statement(d);
        }
        d.text.finish();
        Node pub = outlet(d, publisher);
        writeStructure(d, title, pub);
        d.quads.addAll(d.entities);
        d.quads.addAll(d.body);
        writeEvidence(d);
        return d;
    }

    private void statement(Document d) {
        statements++;
        int r = rnd.nextInt(87);
        if ((r -= 16) < 0) recognition(d);
        else if ((r -= 4) < 0) nonRecognition(d);
        else if ((r -= 10) < 0) agreement(d);
        else if ((r -= 8) < 0) exercise(d);
        else if ((r -= 6) < 0) training(d);
        else if ((r -= 6) < 0) procurement(d);
        else if ((r -= 14) < 0) claim(d);
        else if ((r -= 8) < 0) denial(d);
        else if ((r -= 10) < 0) support(d);
        else conflict(d);
    }

    private void writeStructure(Document d, String title, Node publisher) {
        DocumentText t = d.text;
        List<Quad> q = d.quads;
        Node g = d.graph;
        Node doc = d.doc;
        q.add(Quad.create(g, doc, TYPE, NIF_CONTEXT));
        q.add(Quad.create(g, doc, TYPE, NEWS_ARTICLE));
        q.add(Quad.create(g, doc, TYPE, gc("SourceDocument")));
        q.add(Quad.create(g, doc, NIF_BEGIN, integer(0)));
        q.add(Quad.create(g, doc, NIF_END, integer(t.length())));
        q.add(Quad.create(g, doc, NIF_IS_STRING, NodeFactory.createLiteralString(t.text())));
        q.add(Quad.create(g, doc, TITLE, en(title)));
        q.add(Quad.create(g, doc, PUBLISHER, publisher));
        for (int i = 1; i <= t.sections().size(); i++)
            q.add(Quad.create(g, doc, gc("hasSection"), part(d, "section", i)));
        for (int i = 1; i <= t.sections().size(); i++) {
            DocumentText.Section s = t.sections().get(i - 1);
            Node sec = part(d, "section", i);
            q.add(Quad.create(g, sec, TYPE, gc("Section")));
            q.add(Quad.create(g, sec, gc("sectionKind"), gc("BodySection")));
            q.add(Quad.create(g, sec, gc("heading"), en(s.heading())));
            q.add(Quad.create(g, sec, POSITION, integer(i)));
            q.add(Quad.create(g, sec, NIF_BEGIN, integer(s.begin())));
            q.add(Quad.create(g, sec, NIF_END, integer(s.end())));
            q.add(Quad.create(g, sec, NIF_CONTEXT_OF, doc));
        }
        for (int i = 1; i <= t.paragraphs().size(); i++) {
            DocumentText.Paragraph p = t.paragraphs().get(i - 1);
            Node par = part(d, "paragraph", i);
            q.add(Quad.create(g, par, TYPE, NIF_PARAGRAPH));
            q.add(Quad.create(g, par, IS_PART_OF, part(d, "section", p.section())));
            q.add(Quad.create(g, par, NIF_BEGIN, integer(p.begin())));
            q.add(Quad.create(g, par, NIF_END, integer(p.end())));
            q.add(Quad.create(g, par, NIF_CONTEXT_OF, doc));
        }
        for (int i = 1; i <= t.sentences().size(); i++) {
            DocumentText.Sentence s = t.sentences().get(i - 1);
            Node sen = part(d, "sentence", i);
            q.add(Quad.create(g, sen, TYPE, NIF_SENTENCE));
            q.add(Quad.create(g, sen, IS_PART_OF, part(d, "paragraph", s.paragraph())));
            q.add(Quad.create(g, sen, POSITION, integer(i)));
            q.add(Quad.create(g, sen, NIF_ANCHOR, NodeFactory.createLiteralString(s.text())));
            q.add(Quad.create(g, sen, NIF_BEGIN, integer(s.begin())));
            q.add(Quad.create(g, sen, NIF_END, integer(s.end())));
            q.add(Quad.create(g, sen, NIF_CONTEXT_OF, doc));
        }
    }

    private void writeEvidence(Document d) {
        List<Quad> q = d.quads;
        Node g = d.graph;
        for (Evidence e : d.evidence) {
            Node quote = NodeFactory.createURI(e.node().getURI() + "/quote");
            Node position = NodeFactory.createURI(e.node().getURI() + "/position");
            q.add(Quad.create(g, e.node(), TYPE, gc("Evidence")));
            q.add(Quad.create(g, e.node(), OA_HAS_SELECTOR, position));
            q.add(Quad.create(g, e.node(), OA_HAS_SELECTOR, quote));
            q.add(Quad.create(g, e.node(), OA_HAS_SOURCE, d.doc));
            q.add(Quad.create(g, e.node(), gc("inSentence"), part(d, "sentence", e.sentence())));
            q.add(Quad.create(g, position, TYPE, OA_POSITION));
            q.add(Quad.create(g, position, OA_END, integer(e.span().end())));
            q.add(Quad.create(g, position, OA_START, integer(e.span().begin())));
            q.add(Quad.create(g, quote, TYPE, OA_QUOTE));
            q.add(Quad.create(g, quote, OA_EXACT, str(d.text.slice(e.span().begin(), e.span().end()))));
            String prefix = d.text.slice(e.span().begin() - 32, e.span().begin());
            String suffix = d.text.slice(e.span().end(), e.span().end() + 32);
            if (!prefix.isEmpty()) q.add(Quad.create(g, quote, OA_PREFIX, str(prefix)));
            if (!suffix.isEmpty()) q.add(Quad.create(g, quote, OA_SUFFIX, str(suffix)));
        }
    }

    private static Node part(Document d, String kind, int n) {
        return NodeFactory.createURI(GC.source(d.docId + "/" + kind + "/" + n));
    }

    // ---- statements: the sentence first, then the triples and evidence read from it

    private String next(String kind) {
        return SYN + kind + "-" + counters.merge(kind, 1, Integer::sum);
    }

    private int year() { return 1991 + rnd.nextInt(34); }

    private void recognition(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        int year = year();
        String id = next("recognition");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        int n = d.sentence(an + " recognised " + bn + " in " + year + ".");
        d.type(s, "DiplomaticRecognition");
        d.label(s, an + "'s recognition of " + bn + " (" + year + ")");
        d.add(s, DATE, gYear(year));
        d.add(s, gc("recognizer"), state(d, a));
        d.add(s, gc("recognized"), state(d, b));
        d.evidenceSentence(s, id, n);
        if (rnd.nextInt(10) < 3) {
            int ordinal = 1 + rnd.nextInt(5);
            String expression = "the " + ORDINALS[ordinal] + " country";
            int m = d.sentence(an + " was " + expression + " to recognise " + bn + ".");
            String rid = id + "/hasRanking";
            Node ranking = id(rid);
            d.add(s, gc("hasRanking"), ranking);
            d.evidenceSentence(s, id, m);
            d.type(ranking, "Ranking");
            d.add(ranking, gc("hasRankKind"), gc("OrdinalRank"));
            d.add(ranking, gc("hasOrdinal"), NodeFactory.createLiteralDT(Integer.toString(ordinal), XSDDatatype.XSDpositiveInteger));
            d.add(ranking, gc("originalExpression"), en(expression));
            d.add(ranking, gc("hasComparisonGroup"), en("countries"));
            d.evidencePhrase(ranking, rid, m, expression, 0);
        }
    }

    private void nonRecognition(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        Node conflict = null;
        String because = "";
        for (int i = 0; i < d.conflicts.size(); i++) {
            int[] c = d.conflicts.get(i);
            if (c[0] == b || c[1] == b) {
                conflict = d.conflictNodes.get(i);
                because = " because of the conflict with " + stateName(c[0] == b ? c[1] : c[0]);
                break;
            }
        }
        String id = next("non-recognition");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        int n = d.sentence(an + " does not recognise " + bn + because + ".");
        d.type(s, "NonRecognition");
        d.label(s, an + " does not recognise " + bn);
        d.add(s, gc("nonRecognizer"), state(d, a));
        d.add(s, gc("nonRecognized"), state(d, b));
        if (conflict != null) d.add(s, gc("isDueTo"), conflict);
        d.evidenceSentence(s, id, n);
        Node npa = NodeFactory.createBlankNode("syn-npa-" + (++blankNodes));
        d.add(npa, TYPE, OWL2.NegativePropertyAssertion.asNode());
        d.add(npa, OWL2.assertionProperty.asNode(), gc("recognizes"));
        d.add(npa, OWL2.sourceIndividual.asNode(), state(d, a));
        d.add(npa, OWL2.targetIndividual.asNode(), state(d, b));
    }

    private void agreement(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        String[] kind = AGREEMENT_KINDS[rnd.nextInt(AGREEMENT_KINDS.length)];
        int year = year();
        String id = next("agreement");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        int n = d.sentence(an + " and " + bn + " signed a " + kind[1] + " agreement in " + year + ".");
        d.type(s, "Agreement");
        d.label(s, capitalise(kind[1]) + " agreement between " + an + " and " + bn + " (" + year + ")");
        d.add(s, DATE, gYear(year));
        d.add(s, gc("hasAgreementKind"), gc(kind[0]));
        d.add(s, gc("hasParty"), state(d, a));
        d.add(s, gc("hasParty"), state(d, b));
        d.evidenceSentence(s, id, n);
        d.agreements.add(new int[] {a, b});
        d.agreementNodes.add(s);
        int updates = rnd.nextInt(3);
        for (int k = 1; k <= updates; k++) {
            int later = Math.min(2025, year + k + rnd.nextInt(4));
            String uid = id + "/hasUpdate" + (updates > 1 ? "-" + k : "");
            Node u = id(uid);
            int m = d.sentence(an + " and " + bn + " reviewed the " + kind[1] + " agreement at a working group meeting in " + later + ".");
            d.add(s, gc("hasUpdate"), u);
            d.type(u, "AgreementUpdate");
            d.add(u, DATE, gYear(later));
            d.evidenceSentence(u, uid, m);
        }
    }

    private void exercise(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        int c = rnd.nextBoolean() ? pickOther(d, a) : -1;
        if (c == b) c = -1;
        int year = year();
        String id = next("exercise");
        String name = Names.exercise(counters.get("exercise")) + "-" + year;
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        String cn = c >= 0 ? stateName(c) : null;
        int n = d.sentence(an + " hosted the " + name + " exercise in " + year + " with forces from " + bn
                + (cn != null ? " and " + cn : "") + ".");
        d.type(s, c >= 0 ? "MultinationalExercise" : "MilitaryExercise");
        d.label(s, name);
        d.add(s, DATE, gYearMonth(year, 1 + rnd.nextInt(12)));
        d.add(s, gc("isLedBy"), state(d, a));
        d.add(s, gc("hasParticipant"), state(d, a));
        d.add(s, gc("hasParticipant"), state(d, b));
        if (c >= 0) d.add(s, gc("hasParticipant"), state(d, c));
        d.evidenceSentence(s, id, n);
        int[] guests = c >= 0 ? new int[] {b, c} : new int[] {b};
        int from = d.text.sentenceNo(n).text().indexOf(" with forces from ");
        for (int k = 0; k < guests.length; k++) {
            String pid = id + "/hasParticipation" + (guests.length > 1 ? "-" + (k + 1) : "");
            Node p = id(pid);
            d.add(s, gc("hasParticipation"), p);
            d.type(p, "Participation");
            d.add(p, gc("hasParticipant"), state(d, guests[k]));
            d.add(p, gc("hasMilitaryBranch"), gc(BRANCHES[rnd.nextInt(BRANCHES.length)]));
            for (int i = 0; i < d.agreements.size(); i++) {
                int[] ag = d.agreements.get(i);
                if ((ag[0] == a && ag[1] == guests[k]) || (ag[1] == a && ag[0] == guests[k])) {
                    d.add(p, gc("isUnderAgreement"), d.agreementNodes.get(i));
                    break;
                }
            }
            d.evidencePhrase(p, pid, n, stateName(guests[k]), from);
        }
    }

    private void training(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        int year = year();
        int officers = 20 + rnd.nextInt(480);
        String id = next("training");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        String amount = officers + " officers";
        int n = d.sentence(an + " trained " + amount + " of the armed forces of " + bn + " in " + year + ".");
        d.type(s, "MilitaryTraining");
        d.label(s, "Training of " + bn + "'s officers by " + an + " (" + year + ")");
        d.add(s, DATE, gYear(year));
        d.add(s, gc("hasTrainer"), state(d, a));
        d.add(s, gc("hasTrainee"), state(d, b));
        String qid = id + "/hasQuantity";
        Node q = id(qid);
        d.add(s, gc("hasQuantity"), q);
        d.evidenceSentence(s, id, n);
        d.type(q, "Quantity");
        d.add(q, gc("originalExpression"), en(amount));
        d.add(q, gc("hasQuantityQualifier"), gc("Exactly"));
        d.add(q, gc("hasExactValue"), NodeFactory.createLiteralDT(Integer.toString(officers), XSDDatatype.XSDdecimal));
        d.add(q, gc("hasUnitText"), en("officers"));
        d.evidencePhrase(q, qid, n, amount, 0);
    }

    private void procurement(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        int e = equipment.sample(rnd);
        String id = next("procurement-interest");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b), en = Names.equipment(e);
        int n = d.sentence(an + " has shown interest in buying the " + en + " from " + bn + ".");
        d.type(s, "ProcurementInterest");
        d.label(s, an + "'s interest in the " + en);
        d.add(s, gc("hasProspectiveBuyer"), state(d, a));
        d.add(s, gc("hasProspectiveSupplier"), state(d, b));
        d.add(s, gc("concernsItem"), equipmentNode(d, e));
        d.add(s, gc("hasDealStatus"), gc(DEAL_STATUSES[rnd.nextInt(DEAL_STATUSES.length)]));
        d.evidenceSentence(s, id, n);
    }

    private void conflict(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        String region = Names.region(rnd.nextInt(8));
        String id = next("conflict");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        int n = d.sentence("The conflict between " + an + " and " + bn + " over the " + region + " continues.");
        d.type(s, "ArmedConflict");
        d.label(s, an + "-" + bn + " conflict over the " + region);
        d.add(s, gc("hasParty"), state(d, a));
        d.add(s, gc("hasParty"), state(d, b));
        d.add(s, gc("isOngoing"), TRUE);
        d.evidenceSentence(s, id, n);
        d.conflicts.add(new int[] {a, b});
        d.conflictNodes.add(s);
    }

    private ClaimRef claim(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        int act = rnd.nextInt(ACTS.length);
        int year = year();
        boolean accusation = rnd.nextInt(5) == 0;
        String id = next(accusation ? "accusation" : "claim");
        Node s = id(id);
        String an = stateName(a), bn = stateName(b);
        String pid = id + "/hasProposition";
        Node p = id(pid);
        int n;
        String phrase;
        if (accusation) {
            int accuser = pickOther(d, a);
            if (accuser == b) accuser = pickOther(d, b);
            if (accuser == a || accuser == b) accuser = otherThan(a, b);
            phrase = an + " of " + ACTS[act][3] + " " + bn;
            n = d.sentence(stateName(accuser) + " accused " + phrase + " in " + year + ".");
            d.type(s, "Accusation");
            d.label(s, stateName(accuser) + "'s accusation that " + an + " " + ACTS[act][1] + " " + bn + " (" + year + ")");
            d.add(s, gc("hasClaimant"), state(d, accuser));
            d.add(s, gc("hasAccused"), state(d, a));
        } else {
            int o = outlets.sample(rnd);
            Node outlet = outlet(d, o);
            phrase = an + " " + ACTS[act][2] + " " + bn;
            n = d.sentence(Names.outlet(o) + " reported that " + phrase + " in " + year + ".");
            d.type(s, "Claim");
            d.label(s, Names.outlet(o) + "'s report that " + an + " " + ACTS[act][1] + " " + bn + " (" + year + ")");
            d.add(s, gc("hasClaimant"), outlet);
        }
        d.add(s, gc("hasClaimStatus"), gc(STATUSES[rnd.nextInt(STATUSES.length)]));
        d.add(s, DATE, gYear(year));
        d.add(s, gc("hasProposition"), p);
        d.evidenceSentence(s, id, n);
        d.type(p, "Proposition");
        d.add(p, gc("propositionText"), en(an + " " + ACTS[act][1] + " " + bn + "."));
        d.add(p, gc("propositionSubject"), state(d, a));
        d.add(p, gc("propositionPredicate"), gc(ACTS[act][0]));
        d.add(p, gc("propositionObject"), state(d, b));
        d.evidencePhrase(p, pid, n, phrase, 0);
        ClaimRef ref = new ClaimRef(s, p, a, b, act);
        claims.add(ref);
        d.claimsHere.add(ref);
        return ref;
    }

    private void denial(Document d) {
        ClaimRef c;
        if (!d.claimsHere.isEmpty() && rnd.nextBoolean()) c = d.claimsHere.get(rnd.nextInt(d.claimsHere.size()));
        else if (!claims.isEmpty()) c = claims.get(rnd.nextInt(claims.size()));
        else c = claim(d);
        int person = persons.sample(rnd);
        String words = DENIAL_WORDS[rnd.nextInt(DENIAL_WORDS.length)];
        int year = year();
        String id = next("denial");
        Node s = id(id);
        String an = stateName(c.subject()), bn = stateName(c.object());
        String pn = Names.person(person);
        int n = d.sentence(pn + ", speaking for " + an + ", rejected the report that " + an + " "
                + ACTS[c.act()][2] + " " + bn + " as \"" + words + "\".");
        Node speaker = personNode(d, person);
        d.type(s, "Denial");
        d.label(s, an + "'s denial that it " + ACTS[c.act()][1] + " " + bn);
        d.add(s, DATE, gYear(year));
        d.add(s, gc("hasSpeaker"), speaker);
        d.add(s, gc("isMadeOnBehalfOf"), state(d, c.subject()));
        d.add(s, gc("respondsTo"), c.claim());
        d.add(s, gc("deniesProposition"), c.proposition());
        String qid = id + "/hasQuotation";
        Node q = id(qid);
        d.add(s, gc("hasQuotation"), q);
        d.evidenceSentence(s, id, n);
        d.type(q, "Quotation");
        d.add(q, gc("quotedText"), en(words));
        d.add(q, gc("isAttributedTo"), speaker);
        d.evidencePhrase(q, qid, n, words, 0);
    }

    private void support(Document d) {
        int a = pickState(d), b = pickOther(d, a);
        int person = persons.sample(rnd);
        boolean reiteration = rnd.nextBoolean();
        String region = Names.region(rnd.nextInt(8));
        int year = year();
        String id = next("support-statement");
        String sid = next("support");
        Node s = id(id);
        Node stance = id(sid);
        String an = stateName(a), bn = stateName(b), pn = Names.person(person);
        String phrase = an + " supports " + bn;
        int n = d.sentence(pn + (reiteration ? " reiterated" : " said") + " in " + year + " that " + phrase
                + " on the question of the " + region + ".");
        Node speaker = personNode(d, person);
        d.type(s, "SupportStatement");
        d.label(s, an + "'s statement of support for " + bn + " (" + year + ")");
        d.add(s, DATE, gYear(year));
        d.add(s, gc("hasSpeaker"), speaker);
        d.add(s, gc("isMadeOnBehalfOf"), state(d, a));
        d.add(s, gc("expressesStance"), stance);
        if (reiteration) d.add(s, gc("isReiteration"), TRUE);
        d.evidenceSentence(s, id, n);
        d.type(stance, "Support");
        d.add(stance, gc("hasSupporter"), state(d, a));
        d.add(stance, gc("hasSupportedParty"), state(d, b));
        d.add(stance, gc("hasSupportKind"), gc(SUPPORT_KINDS[rnd.nextInt(SUPPORT_KINDS.length)]));
        d.evidencePhrase(stance, sid, n, phrase, 0);
    }

    // ---- entities, described where first named

    private int pickState(Document d) {
        return rnd.nextInt(10) < 7 ? d.focal[rnd.nextInt(d.focal.length)] : states.sample(rnd);
    }

    private int pickOther(Document d, int not) {
        for (int i = 0; i < 20; i++) {
            int s = pickState(d);
            if (s != not) return s;
        }
        return otherThan(not, not);
    }

    private int otherThan(int a, int b) {
        int s = 0;
        while (s == a || s == b) s++;
        return s;
    }

    private static String stateName(int i) { return Names.state(i); }

    private Node state(Document d, int i) {
        Node s = id(SYN + "state-" + (i + 1));
        if (!definedStates.get(i)) {
            definedStates.set(i);
            d.describe(s, TYPE, gc("State"));
            d.describe(s, LABEL, en(stateName(i)));
            if (i % 3 == 0) d.describe(s, ALT_LABEL, en("Republic of " + stateName(i)));
        }
        return s;
    }

    private Node outlet(Document d, int i) {
        Node o = id(SYN + "outlet-" + (i + 1));
        if (!definedOutlets.get(i)) {
            definedOutlets.set(i);
            Node where = state(d, states.sample(rnd));
            d.describe(o, TYPE, gc("MediaOutlet"));
            d.describe(o, LABEL, en(Names.outlet(i)));
            d.describe(o, gc("isBasedIn"), where);
        }
        return o;
    }

    private Node personNode(Document d, int i) {
        Node p = id(SYN + "person-" + (i + 1));
        if (!definedPersons.get(i)) {
            definedPersons.set(i);
            d.describe(p, TYPE, gc("Person"));
            d.describe(p, LABEL, en(Names.person(i)));
        }
        return p;
    }

    private Node equipmentNode(Document d, int i) {
        Node e = id(SYN + "equipment-" + (i + 1));
        if (!definedEquipment.get(i)) {
            definedEquipment.set(i);
            d.describe(e, TYPE, gc(Names.isAircraft(i) ? "AircraftType" : "EquipmentType"));
            d.describe(e, LABEL, en(Names.equipment(i)));
        }
        return e;
    }

    // ---- literals and IRIs

    private static Node id(String local) { return NodeFactory.createURI(GC.id(local)); }
    private static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }
    private static Node str(String s) { return NodeFactory.createLiteralString(s); }
    private static Node integer(int n) { return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger); }
    private static Node gYear(int y) { return NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDgYear); }
    private static Node gYearMonth(int y, int m) {
        return NodeFactory.createLiteralDT(String.format(java.util.Locale.ROOT, "%d-%02d", y, m), XSDDatatype.XSDgYearMonth);
    }
    private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
