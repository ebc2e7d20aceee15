package org.geoclaims.convert;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.geoclaims.vocab.Prefixes;

/**
 * Writes one named graph as canonical TriG: RIOT's streaming "blocks" writer ({@link RDFFormat#TRIG_BLOCKS}),
 * which groups consecutive triples of a subject into one block, fed with the triples in a fixed order.
 * <ul>
 *   <li>prefixes: the contract's prefixes that some IRI of the graph uses, sorted by name;</li>
 *   <li>subjects: IRIs in {@link CanonicalOrder#NATURAL natural} order, then blank nodes ordered
 *       by their content (their sorted predicate-object pairs);</li>
 *   <li>per subject: predicates with {@code rdf:type} first, then by IRI; objects by {@link CanonicalOrder#NODES}.</li>
 * </ul>
 * The writer labels blank nodes {@code _:b0}, {@code _:b1}, ... in the order it meets them, so the
 * labels follow from the content. Blank nodes must not refer to one another (the negative property
 * assertions, the only ones convert writes, never do). The same graph always gives the same bytes.
 */
public final class CanonicalTrigWriter {
    private CanonicalTrigWriter() {}

    /** The TriG bytes (UTF-8) of {@code graph} as the named graph {@code graphName}. */
    public static byte[] write(Node graphName, Graph graph) {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        graph.find().forEach(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
        Comparator<Triple> withinSubject = Comparator.comparing(Triple::getPredicate, CanonicalOrder.PREDICATES)
                .thenComparing(Triple::getObject, CanonicalOrder.NODES);
        bySubject.values().forEach(list -> list.sort(withinSubject));

        Map<Node, String> contentKey = new HashMap<>();
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
            if (!e.getKey().isBlank()) continue;
            StringBuilder key = new StringBuilder();
            for (Triple t : e.getValue())
                key.append(NodeFmtLib.strNT(t.getPredicate())).append(' ').append(NodeFmtLib.strNT(t.getObject())).append('\n');
            contentKey.put(e.getKey(), key.toString());
        }
        List<Node> subjects = new ArrayList<>(bySubject.keySet());
        subjects.sort((a, b) -> {
            if (a.isBlank() && b.isBlank()) return contentKey.get(a).compareTo(contentKey.get(b));
            return CanonicalOrder.NODES.compare(a, b);
        });

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        writer.start();
        usedPrefixes(graph).forEach(writer::prefix);
        for (Node s : subjects)
            for (Triple t : bySubject.get(s)) writer.quad(Quad.create(graphName, t));
        writer.finish();
        return out.toByteArray();
    }

    /** The contract prefixes whose namespace starts some IRI or datatype of the graph, by prefix name. */
    static Map<String, String> usedPrefixes(Graph graph) {
        TreeSet<String> iris = new TreeSet<>();
        graph.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) iris.add(n.getURI());
                else if (n.isLiteral()) iris.add(n.getLiteralDatatypeURI());
            }
        });
        Map<String, String> used = new LinkedHashMap<>();
        Prefixes.all().forEach((prefix, ns) -> {
            String first = iris.ceiling(ns);
            if (first != null && first.startsWith(ns)) used.put(prefix, ns);
        });
        return used;
    }
}
