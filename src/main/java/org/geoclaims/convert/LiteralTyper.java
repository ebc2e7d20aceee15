package org.geoclaims.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geoclaims.InputException;
import org.geoclaims.vocab.Prefixes;
import org.geoclaims.vocab.Terms;

/**
 * Types the values of datatype (and annotation) properties from the ontology's {@code rdfs:range}:
 * <ul>
 *   <li>{@code rdf:langString}, {@code rdf:PlainLiteral}, {@code rdfs:Literal}, or no range at all:
 *       a string tagged with the document's language;</li>
 *   <li>{@code xsd:string}: a plain string;</li>
 *   <li>any datatype Jena knows ({@code xsd:integer}, {@code xsd:decimal}, {@code xsd:boolean},
 *       {@code xsd:anyURI}, {@code xsd:date}, ...): that datatype, the lexical form checked by Jena;</li>
 *   <li>a union ({@code owl:unionOf}, directly or behind a named datatype's {@code owl:equivalentClass}):
 *       the first member, in list order, whose lexical space holds the value &mdash; for
 *       {@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear} the form chooses: {@code 2020-09-27},
 *       {@code 2020-09}, {@code 2020};</li>
 *   <li>a class: the property takes resources, not literals (annotation properties only).</li>
 * </ul>
 */
final class LiteralTyper {
    private LiteralTyper() {}

    /** What a range allows. */
    sealed interface Range permits LangText, PlainText, Datatypes, Resources {}

    record LangText() implements Range {}

    record PlainText() implements Range {}

    record Datatypes(List<RDFDatatype> members) implements Range {
        String describe() {
            return members.stream().map(dt -> {
                String name = Prefixes.shortForm(dt.getURI());
                String example = EXAMPLES.get(dt.getURI());
                return example == null ? name : name + " (e.g. " + example + ")";
            }).collect(Collectors.joining(" or "));
        }
    }

    record Resources() implements Range {}

    private static final String XSD = Prefixes.XSD;
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry(XSD + "date", "2020-09-27"), Map.entry(XSD + "gYearMonth", "2020-09"),
            Map.entry(XSD + "gYear", "2020"), Map.entry(XSD + "dateTime", "2020-09-27T10:00:00Z"),
            Map.entry(XSD + "integer", "42"), Map.entry(XSD + "nonNegativeInteger", "0"),
            Map.entry(XSD + "positiveInteger", "1"), Map.entry(XSD + "decimal", "3.5"),
            Map.entry(XSD + "double", "1.0E3"), Map.entry(XSD + "boolean", "true or false"),
            Map.entry(XSD + "anyURI", "https://example.org/page"));

    /** The range of a property as convert uses it. */
    static Range rangeOf(TermResolver terms, Node property) {
        List<Node> ranges = terms.ranges(property);
        if (ranges.isEmpty()) return new LangText();
        if (ranges.size() > 1)
            throw ontologyError(terms, property, "has " + ranges.size() + " rdfs:range values; convert needs one to type a value");
        Node range = ranges.get(0);
        if (range.isURI() && terms.isClass(range)) return new Resources();
        Range r = resolve(terms, property, range, new HashSet<>());
        return r;
    }

    private static Range resolve(TermResolver terms, Node property, Node range, Set<Node> seen) {
        if (!seen.add(range)) throw ontologyError(terms, property, "has a range that refers to itself");
        if (range.equals(Terms.RDF_LANG_STRING) || range.equals(Terms.RDF_PLAIN_LITERAL) || range.equals(Terms.RDFS_LITERAL))
            return new LangText();
        if (range.isURI() && range.getURI().equals(XSDDatatype.XSDstring.getURI())) return new PlainText();
        List<Node> union = terms.objects(range, Terms.OWL_UNION_OF);
        if (!union.isEmpty()) {
            List<RDFDatatype> members = new ArrayList<>();
            for (Node item : listItems(terms, union.get(0))) {
                RDFDatatype dt = item.isURI() ? TypeMapper.getInstance().getTypeByName(item.getURI()) : null;
                if (dt == null || item.equals(Terms.RDF_LANG_STRING))
                    throw ontologyError(terms, property, "has a union range with a member convert cannot type: " + item);
                members.add(dt);
            }
            return new Datatypes(List.copyOf(members));
        }
        if (range.isURI()) {
            RDFDatatype dt = TypeMapper.getInstance().getTypeByName(range.getURI());
            if (dt != null) return new Datatypes(List.of(dt));
            for (Node eq : terms.objects(range, Terms.OWL_EQUIVALENT_CLASS)) return resolve(terms, property, eq, seen);
        }
        throw ontologyError(terms, property, "has rdfs:range " + (range.isURI() ? Prefixes.shortForm(range.getURI()) : "[]")
                + ", which is neither a class nor a datatype convert knows");
    }

    private static List<Node> listItems(TermResolver terms, Node list) {
        List<Node> items = new ArrayList<>();
        Node cur = list;
        Set<Node> seen = new HashSet<>();
        Node first = NodeFactory.createURI(Prefixes.RDF + "first");
        Node rest = NodeFactory.createURI(Prefixes.RDF + "rest");
        Node nil = NodeFactory.createURI(Prefixes.RDF + "nil");
        while (cur != null && !cur.equals(nil) && seen.add(cur)) {
            terms.objects(cur, first).stream().findFirst().ifPresent(items::add);
            cur = terms.objects(cur, rest).stream().findFirst().orElse(null);
        }
        return items;
    }

    /** The literal for a lexical form under a range; empty when the form is not valid for it. */
    static Optional<Node> literal(Range range, String lexical, String language) {
        if (range instanceof LangText) return Optional.of(NodeFactory.createLiteralLang(lexical, language));
        if (range instanceof PlainText) return Optional.of(NodeFactory.createLiteralString(lexical));
        if (range instanceof Datatypes d) {
            for (RDFDatatype dt : d.members())
                if (dt.isValid(lexical)) return Optional.of(NodeFactory.createLiteralDT(lexical, dt));
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static InputException ontologyError(TermResolver terms, Node property, String problem) {
        return new InputException(terms.file(), -1, -1, "property " + TermResolver.shortName(property) + " " + problem,
                "Fix the property's rdfs:range in the ontology.");
    }
}
