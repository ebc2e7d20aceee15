package org.geoclaims.inference;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.vocab.GC;

/**
 * The data with its inferences, materialised once at load time: what the server offers read-only
 * at {@value #PATH}. Every named graph of the served dataset is there unchanged, and the triples
 * the ontology's rules ({@link OntologyRules}) add, and only those, are in the graph
 * {@code https://w3id.org/geoclaims/graph/inferred}; the default graph is the union of all (a
 * copy, in memory).
 *
 * <p>The rules run forward (Jena's RETE engine) over the union of every graph, so that the
 * ontology's axioms apply to the data of every document.
 */
public final class InferredDataset {
    private InferredDataset() {}

    /** Where the server offers the dataset. */
    public static final String PATH = "/kg-inf";
    /** The named graph of the inferred triples. */
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GC.graph("inferred"));

    /**
     * A materialised dataset and what it cost.
     *
     * @param baseTriples     quads in the served dataset
     * @param inferredTriples triples added by the rules (not already in the data)
     * @param rules           rules generated from the ontology
     * @param millis          time to generate the rules, run them, and build the dataset
     */
    public record Result(DatasetGraph dataset, long baseTriples, long inferredTriples, int rules, long millis) {}

    /** Materialises the inferences of a served dataset (read in one read transaction). */
    public static Result materialise(DatasetGraph base) {
        // In-memory and transactional; the default graph holds the union of the named graphs as a
        // copy (the served /kg does the same with TDB2's union view). Writing TDB2 in memory costs
        // about ten times more for the same quads.
        long start = System.nanoTime();
        return materialiseInto(Snapshot.of(base, () -> false), DatasetGraphFactory.createTxnMem(), start);
    }

    /**
     * A copy of the named graphs of a served dataset, taken in one read transaction: the only part
     * of the materialisation that touches the store.
     */
    public record Snapshot(List<Quad> quads, Graph union) {
        /**
         * Copies {@code base}; {@code stop} is asked every 10,000 quads and ends the copy early
         * (returning null) when the server is closing.
         */
        public static Snapshot of(DatasetGraph base, java.util.function.BooleanSupplier stop) {
            Graph union = GraphFactory.createDefaultGraph();
            List<Quad> quads = new java.util.ArrayList<>();
            boolean complete = base.calculateRead(() -> {
                for (Iterator<Quad> it = base.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                    if (quads.size() % 10_000 == 0 && stop.getAsBoolean()) return false;
                    Quad q = it.next();
                    if (q.isDefaultGraph()) continue;
                    union.add(q.asTriple());
                    quads.add(q);
                }
                return true;
            });
            return complete ? new Snapshot(quads, union) : null;
        }
    }

    /** Runs the ontology's rules over a snapshot and writes data and inferences into {@code out}. */
    public static Result materialiseInto(Snapshot snapshot, DatasetGraph out, long startNanos) {
        Graph union = snapshot.union();
        List<OntologyRules.Generated> generated = OntologyRules.generate(union);
        Graph inferred = infer(union, generated.stream().map(OntologyRules.Generated::rule).toList());
        out.executeWrite(() -> {
            snapshot.quads().forEach(out::add);
            inferred.find().forEachRemaining(t -> out.add(INFERRED_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            Graph dft = out.getDefaultGraph();
            union.find().forEachRemaining(dft::add);
            inferred.find().forEachRemaining(dft::add);
        });
        return new Result(out, snapshot.quads().size(), inferred.size(), generated.size(), (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** The triples the rules entail from {@code data} that are not in it. */
    public static Graph infer(Graph data, List<Rule> rules) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(data);
        inf.prepare();
        Graph added = GraphFactory.createDefaultGraph();
        inf.getDeductionsGraph().find().forEachRemaining((Triple t) -> {
            if (!data.contains(t) && !t.getSubject().isLiteral() && t.getPredicate().isURI()) added.add(t);
        });
        return added;
    }
}
