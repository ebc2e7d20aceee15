package org.geoclaims.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.geoclaims.InputException;
import org.geoclaims.convert.EvidenceLocator.Located;
import org.geoclaims.convert.EvidenceLocator.Quote;
import org.geoclaims.convert.EvidenceLocator.QuoteException;
import org.geoclaims.convert.Extraction.Exclusion;
import org.geoclaims.convert.Extraction.Item;
import org.geoclaims.convert.LiteralTyper.Datatypes;
import org.geoclaims.convert.LiteralTyper.LangText;
import org.geoclaims.convert.LiteralTyper.PlainText;
import org.geoclaims.convert.LiteralTyper.Range;
import org.geoclaims.convert.LiteralTyper.Resources;
import org.geoclaims.convert.SegmentedArticle.Sentence;
import org.geoclaims.convert.TermResolver.Negation;
import org.geoclaims.convert.TermResolver.Property;
import org.geoclaims.convert.TermResolver.PropertyKind;
import org.geoclaims.vocab.Prefixes;
import org.geoclaims.vocab.Terms;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Writes what an extraction file says about its article (docs/architecture.md, "The extraction
 * file"): entities and statements with their classes, labels, Wikidata links, property values and
 * nested nodes; their evidence with Web Annotation selectors; the exclusion reasons of sentences;
 * and the negative property assertions of statements whose class denies a relation. Every error
 * names the line of the entry in the extraction file.
 */
final class ExtractionGraphWriter {

    /** Special keys of an entry; every other key is an ontology property. */
    static final Set<String> SPECIAL_KEYS = Set.of("a", "label", "altLabel", "wikidata", "evidence");

    private final Extraction extraction;
    private final Yaml yaml;
    private final SegmentedArticle article;
    private final TermResolver terms;
    private final IdRegistry ids;
    private final WikidataIds wikidata;
    private final Graph g;
    private final String doc;
    private final String language;
    private final NegativeAssertions negatives = new NegativeAssertions();
    private final Set<Node> nested = new HashSet<>();
    private int evidence;

    ExtractionGraphWriter(Extraction extraction, SegmentedArticle article, TermResolver terms, IdRegistry ids,
                          WikidataIds wikidata, Graph g) {
        this.extraction = extraction;
        this.yaml = new Yaml(extraction.file());
        this.article = article;
        this.terms = terms;
        this.ids = ids;
        this.wikidata = wikidata;
        this.g = g;
        this.doc = extraction.document().id();
        this.language = extraction.document().language();
    }

    /** Writes everything; returns the number of evidence nodes. */
    int write() {
        Node d = Iris.document(doc);
        for (NodeTuple t : extraction.document().properties()) {
            String key = yaml.key(t);
            if (SPECIAL_KEYS.contains(key))
                throw yaml.error(t.getKeyNode(), "'" + key + "' is not allowed in document:",
                        "document: takes id, text, language and ontology properties of the article (e.g. publisher).");
            property(d, null, key, t.getKeyNode(), t.getValueNode());
        }
        for (Item item : extraction.items()) node(Iris.entity(item.id()), item.id(), item.body(), item.key(), true);
        exclusions();
        negatives.writeTo(g);
        return evidence;
    }

    private void node(Node subject, String idPath, MappingNode body, org.snakeyaml.engine.v2.nodes.Node anchor, boolean topLevel) {
        List<Node> classes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        NodeTuple wikidataEntry = null;
        for (NodeTuple t : body.getValue()) {
            String key = yaml.key(t);
            org.snakeyaml.engine.v2.nodes.Node value = t.getValueNode();
            switch (key) {
                case "a" -> {
                    for (org.snakeyaml.engine.v2.nodes.Node c : Yaml.items(value)) {
                        String name = yaml.scalar(c, "a class");
                        Node cls = terms.ontologyClass(name).orElseThrow(() -> yaml.error(c,
                                "unknown ontology term: class '" + name + "' is not declared as owl:Class in "
                                        + terms.file().getFileName() + "." + Suggestions.didYouMean(name, terms.classNames()),
                                "Use a class of the ontology: a bare name is gc:<Name>, other vocabularies need their prefix."));
                        classes.add(cls);
                        add(subject, Terms.RDF_TYPE, cls);
                    }
                }
                case "label", "altLabel" -> {
                    for (org.snakeyaml.engine.v2.nodes.Node item : Yaml.items(value)) {
                        Node literal = textLiteral(item, key);
                        labels.add(literal.getLiteralLexicalForm());
                        add(subject, key.equals("label") ? Terms.RDFS_LABEL : Terms.SKOS_ALT_LABEL, literal);
                    }
                }
                case "wikidata" -> wikidataEntry = t;
                case "evidence" -> evidence(subject, idPath, value);
                default -> property(subject, idPath, key, t.getKeyNode(), value);
            }
        }
        if (topLevel && classes.isEmpty())
            throw yaml.error(anchor, "'" + idPath + "' has no class",
                    "Add a: <Class> (a class of the ontology) to the entry.");
        if (wikidataEntry != null) sameAs(subject, idPath, wikidataEntry.getValueNode(), labels);
        negation(subject, idPath, classes, anchor);
    }

    private void property(Node subject, String idPath, String key, org.snakeyaml.engine.v2.nodes.Node keyNode,
                          org.snakeyaml.engine.v2.nodes.Node value) {
        Property p = terms.property(key).orElseThrow(() -> unknownProperty(keyNode, key));
        String name = TermResolver.shortName(p.iri());
        Range range = p.kind() == PropertyKind.OBJECT ? new Resources() : LiteralTyper.rangeOf(terms, p.iri());
        if (p.kind() == PropertyKind.DATATYPE && range instanceof Resources)
            throw new InputException(terms.file(), -1, -1, "datatype property " + name + " has a class as rdfs:range",
                    "Give it a datatype range or declare it an owl:ObjectProperty.");
        boolean rangeDeclared = !terms.ranges(p.iri()).isEmpty();
        boolean list = value instanceof SequenceNode;
        int index = 0;
        for (org.snakeyaml.engine.v2.nodes.Node item : Yaml.items(value)) {
            index++;
            if (item instanceof MappingNode m && hasKey(m, "@value")) {
                if (range instanceof Resources)
                    throw yaml.error(item, name + " takes ids or individuals, not literals",
                            "Write the id of an entity or statement, or a prefixed individual such as gc:Denied.");
                Node literal = explicitLiteral(m);
                if (rangeDeclared && !fits(range, literal))
                    throw yaml.error(item, "the literal " + literal + " does not fit the range of " + name + " (" + describe(range) + ")",
                            "Use a literal of the property's range, or leave out @type/@language to let convert type it.");
                add(subject, p.iri(), literal);
            } else if (item instanceof MappingNode m) {
                if (!(range instanceof Resources))
                    throw yaml.error(item, name + " takes literals (" + describe(range) + "), not a nested node",
                            "Write the value itself, or a JSON-LD literal {\"@value\": …, \"@type\": …}.");
                if (idPath == null)
                    throw yaml.error(item, "document properties cannot have nested nodes", "Define the node under entities and refer to its id.");
                String nestedPath = idPath + "/" + localName(p.iri()) + (list ? "-" + index : "");
                Node child = Iris.entity(nestedPath);
                if (!nested.add(child))
                    throw yaml.error(item, "two nested nodes would both be " + child.getURI(),
                            "Two keys of this entry share a local name; give one of the nested nodes as a list item or an entity of its own.");
                add(subject, p.iri(), child);
                node(child, nestedPath, m, item, false);
            } else {
                String lexical = yaml.scalar(item, "the value of " + name);
                if (range instanceof Resources) {
                    add(subject, p.iri(), reference(item, lexical));
                } else {
                    Range r = range;
                    Node literal = LiteralTyper.literal(range, lexical, language).orElseThrow(() -> yaml.error(item,
                            "invalid literal '" + lexical + "' for " + name + ": not a valid " + describe(r),
                            "Write the value in the lexical form of the property's range (quote it in YAML)."));
                    add(subject, p.iri(), literal);
                }
            }
        }
    }

    private InputException unknownProperty(org.snakeyaml.engine.v2.nodes.Node keyNode, String key) {
        Set<String> candidates = new HashSet<>(terms.propertyNames());
        candidates.addAll(SPECIAL_KEYS);
        String problem = TermResolver.expand(key).isEmpty()
                ? "unknown ontology term: '" + key + "' has an unknown prefix (known: " + String.join(", ", Prefixes.all().keySet()) + ")"
                : "unknown ontology term: property '" + key + "' is not declared in " + terms.file().getFileName()
                        + " (as owl:ObjectProperty, owl:DatatypeProperty or owl:AnnotationProperty).";
        return yaml.error(keyNode, problem + Suggestions.didYouMean(key, candidates),
                "Keys are a, label, altLabel, wikidata, evidence, or a property of the ontology "
                        + "(a bare name is gc:<name>; other vocabularies need their prefix).");
    }

    /** The IRI an object value names: an id of any extraction file, or a declared individual. */
    private Node reference(org.snakeyaml.engine.v2.nodes.Node item, String value) {
        String id = value.startsWith("gcr:") ? value.substring(4) : value;
        if (ids.contains(id)) return Iris.entity(id);
        if (value.contains(":") && !value.startsWith("gcr:")) {
            return terms.individual(value).orElseThrow(() -> yaml.error(item,
                    "'" + value + "' is not an individual declared in " + terms.file().getFileName()
                            + Suggestions.didYouMean(value, terms.individualNames()),
                    "Object values are ids of entities or statements, or prefixed names of individuals the ontology declares."));
        }
        String individualHint = terms.individual("gc:" + value).map(i -> " (gc:" + value + " is an individual of the ontology: write gc:" + value + ")").orElse("");
        throw yaml.error(item, "undefined id '" + value + "'" + individualHint + Suggestions.didYouMean(value, ids.ids()),
                "Define it under entities or statements (in any extraction file converted together), or correct the id.");
    }

    private Node textLiteral(org.snakeyaml.engine.v2.nodes.Node item, String key) {
        if (item instanceof MappingNode m && hasKey(m, "@value")) {
            Node literal = explicitLiteral(m);
            if (literal.getLiteralLanguage().isEmpty())
                throw yaml.error(item, key + " needs a language-tagged literal", "Write {\"@value\": …, \"@language\": …} or a plain string.");
            return literal;
        }
        return NodeFactory.createLiteralLang(yaml.scalar(item, key), language);
    }

    /** {"@value": …, "@type": …} or {"@value": …, "@language": …} (JSON-LD value objects). */
    private Node explicitLiteral(MappingNode m) {
        String lexical = null;
        String type = null;
        String lang = null;
        org.snakeyaml.engine.v2.nodes.Node typeNode = null;
        for (NodeTuple t : m.getValue()) {
            String key = yaml.key(t);
            switch (key) {
                case "@value" -> lexical = t.getValueNode() instanceof ScalarNode s ? s.getValue() : yaml.scalar(t.getValueNode(), "@value");
                case "@type" -> { type = yaml.scalar(t.getValueNode(), "@type"); typeNode = t.getValueNode(); }
                case "@language" -> {
                    lang = yaml.scalar(t.getValueNode(), "@language");
                    if (!ExtractionReader.LANGUAGE.matcher(lang).matches())
                        throw yaml.error(t.getValueNode(), "'" + lang + "' is not a language tag", "Use a BCP 47 tag such as en or ur.");
                }
                default -> throw yaml.error(t.getKeyNode(), "unknown key '" + key + "' in a literal",
                        "A literal has @value and either @type or @language.");
            }
        }
        if (type != null && lang != null)
            throw yaml.error(m, "a literal has either @type or @language, not both", "Drop one of them.");
        if (lang != null) return NodeFactory.createLiteralLang(lexical, lang);
        if (type == null) return NodeFactory.createLiteralString(lexical);
        String typeName = type;
        String iri = Prefixes.expand(type).orElseThrow(() -> yaml.error(m, "unknown prefix in @type '" + typeName + "'",
                "Write the datatype as a prefixed name such as xsd:gYear."));
        RDFDatatype dt = TypeMapper.getInstance().getTypeByName(iri);
        if (dt == null || iri.equals(Terms.RDF_LANG_STRING.getURI()))
            throw yaml.error(typeNode, "unknown datatype '" + type + "'", "Use an XSD datatype such as xsd:gYear, xsd:date or xsd:integer.");
        if (!dt.isValid(lexical))
            throw yaml.error(m, "invalid literal '" + lexical + "' for " + type, "Write a valid " + type + " lexical form.");
        return NodeFactory.createLiteralDT(lexical, dt);
    }

    private static boolean fits(Range range, Node literal) {
        if (range instanceof LangText) return !literal.getLiteralLanguage().isEmpty();
        if (range instanceof PlainText) return literal.getLiteralDatatypeURI().equals(Prefixes.XSD + "string");
        if (range instanceof Datatypes d) return d.members().stream().anyMatch(dt -> dt.getURI().equals(literal.getLiteralDatatypeURI()));
        return false;
    }

    private static String describe(Range range) {
        if (range instanceof LangText) return "a language-tagged string";
        if (range instanceof PlainText) return "xsd:string";
        if (range instanceof Datatypes d) return d.describe();
        return "a resource";
    }

    private void evidence(Node subject, String idPath, org.snakeyaml.engine.v2.nodes.Node value) {
        int n = 0;
        for (org.snakeyaml.engine.v2.nodes.Node item : Yaml.items(value)) {
            n++;
            Quote quote = quote(item);
            Located at;
            try {
                at = EvidenceLocator.locate(article, quote);
            } catch (QuoteException e) {
                throw yaml.error(item, e.getMessage(), e.hint());
            }
            Node d = Iris.document(doc);
            Node ev = Iris.evidence(doc, idPath, n);
            Node quoteSel = Iris.selector(ev, "quote");
            Node positionSel = Iris.selector(ev, "position");
            add(subject, Terms.GC_HAS_EVIDENCE, ev);
            add(ev, Terms.RDF_TYPE, Terms.GC_EVIDENCE);
            add(ev, Terms.OA_HAS_SOURCE, d);
            add(ev, Terms.OA_HAS_SELECTOR, quoteSel);
            add(ev, Terms.OA_HAS_SELECTOR, positionSel);
            for (Sentence s : at.sentences()) add(ev, Terms.GC_IN_SENTENCE, Iris.sentence(doc, s.number()));
            add(quoteSel, Terms.RDF_TYPE, Terms.OA_TEXT_QUOTE_SELECTOR);
            add(quoteSel, Terms.OA_EXACT, NodeFactory.createLiteralString(at.exact()));
            if (!at.prefix().isEmpty()) add(quoteSel, Terms.OA_PREFIX, NodeFactory.createLiteralString(at.prefix()));
            if (!at.suffix().isEmpty()) add(quoteSel, Terms.OA_SUFFIX, NodeFactory.createLiteralString(at.suffix()));
            add(positionSel, Terms.RDF_TYPE, Terms.OA_TEXT_POSITION_SELECTOR);
            add(positionSel, Terms.OA_START, DocumentGraphWriter.integer(at.begin()));
            add(positionSel, Terms.OA_END, DocumentGraphWriter.integer(at.end()));
            evidence++;
        }
    }

    private Quote quote(org.snakeyaml.engine.v2.nodes.Node item) {
        if (!(item instanceof MappingNode m)) return new Quote(yaml.scalar(item, "an evidence quote"), null, null);
        String text = null;
        Integer occurrence = null;
        Integer start = null;
        for (NodeTuple t : m.getValue()) {
            String key = yaml.key(t);
            switch (key) {
                case "quote" -> text = yaml.scalar(t.getValueNode(), "quote");
                case "occurrence" -> occurrence = number(t.getValueNode(), "occurrence", 1);
                case "start" -> start = number(t.getValueNode(), "start", 0);
                default -> throw yaml.error(t.getKeyNode(), "unknown key '" + key + "' in an evidence entry",
                        "An evidence entry is a quote, or quote: with occurrence: and/or start:.");
            }
        }
        if (text == null) throw yaml.error(m, "the evidence entry has no quote", "Add quote: \"<the article's words>\".");
        return new Quote(text, occurrence, start);
    }

    private Integer number(org.snakeyaml.engine.v2.nodes.Node node, String what, int min) {
        String s = yaml.scalar(node, what);
        try {
            int n = Integer.parseInt(s);
            if (n >= min) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw yaml.error(node, what + " must be a whole number of at least " + min + ", not '" + s + "'", "Write e.g. " + what + ": " + Math.max(min, 1) + ".");
    }

    private void sameAs(Node subject, String idPath, org.snakeyaml.engine.v2.nodes.Node value, List<String> labels) {
        String qid = yaml.scalar(value, "wikidata");
        if (!qid.matches("Q[1-9][0-9]*"))
            throw yaml.error(value, "'" + qid + "' is not a Wikidata item ID", "Write the ID as Q followed by digits, e.g. Q843.");
        if (!wikidata.present())
            throw yaml.error(value, "no confirmed Wikidata IDs: " + wikidata.file() + " does not exist",
                    "Only IDs listed in data/reference/wikidata-ids.tsv may be linked; leave wikidata: out.");
        Set<String> listed = wikidata.labels(qid);
        if (listed.isEmpty())
            throw yaml.error(value, qid + " is not listed in " + wikidata.file().getFileName(),
                    "Only confirmed IDs may be linked: leave wikidata: out until the ID is confirmed and listed there.");
        if (listed.stream().noneMatch(labels::contains))
            throw yaml.error(value, qid + " is listed as " + listed.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "))
                            + " in " + wikidata.file().getFileName() + ", which is neither the label nor an altLabel of '" + idPath
                            + "' " + labels,
                    "Check that the ID is meant for this entity; if so, give the listed name as its label or altLabel.");
        add(subject, Terms.OWL_SAME_AS, NodeFactory.createURI(Prefixes.WD + qid));
    }

    private void negation(Node subject, String idPath, List<Node> classes, org.snakeyaml.engine.v2.nodes.Node anchor) {
        Optional<Negation> negation = terms.negation(classes);
        if (negation.isEmpty()) return;
        Negation n = negation.get();
        List<Node> sources = iriValues(subject, n.subject());
        List<Node> targets = iriValues(subject, n.object());
        for (Node end : List.of(n.subject(), n.object())) {
            if (iriValues(subject, end).isEmpty())
                throw yaml.error(anchor, "'" + idPath + "' denies " + TermResolver.shortName(n.negated()) + " and needs a value for "
                                + TermResolver.shortName(end),
                        "Its class names " + TermResolver.shortName(n.subject()) + " and " + TermResolver.shortName(n.object())
                                + " as the two ends of the denied relation; give both (ids of entities).");
        }
        negatives.add(sources, n.negated(), targets);
    }

    private List<Node> iriValues(Node subject, Node property) {
        List<Node> out = new ArrayList<>();
        g.find(subject, property, Node.ANY).forEach(t -> { if (t.getObject().isURI()) out.add(t.getObject()); });
        out.sort(CanonicalOrder.NODES);
        return out;
    }

    private void exclusions() {
        for (Exclusion e : extraction.excluded()) {
            String text = e.text().strip();
            List<Sentence> matching = article.sentences().stream().filter(s -> s.text().equals(text)).toList();
            if (matching.isEmpty()) {
                List<Sentence> containing = article.sentences().stream().filter(s -> s.text().contains(text)).toList();
                String where = containing.isEmpty()
                        ? (article.text().text().contains(text) ? "; the text is in the article but not a sentence (title, question, heading, byline or table characteristic)" : "")
                        : "; it is part of " + containing.stream().map(s -> "sentence " + s.number() + " \"" + EvidenceLocator.abbreviate(s.text()) + "\"")
                                .collect(Collectors.joining(", "));
                throw yaml.error(e.node(), "no sentence of the article is exactly \"" + EvidenceLocator.abbreviate(text) + "\"" + where,
                        "Give the whole sentence verbatim; only sentences can be excluded.");
            }
            for (Sentence s : matching)
                add(Iris.sentence(doc, s.number()), Terms.GC_EXCLUSION_REASON, NodeFactory.createLiteralLang(e.reason(), language));
        }
    }

    private static boolean hasKey(MappingNode m, String key) {
        return m.getValue().stream().anyMatch(t -> key.equals(Yaml.keyText(t)));
    }

    private static String localName(Node iri) {
        String s = iri.getURI();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return s.substring(cut + 1);
    }

    private void add(Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
