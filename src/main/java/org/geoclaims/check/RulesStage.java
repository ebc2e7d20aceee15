package org.geoclaims.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Runs the violation queries over ontology + data: the default graph is their union, and each
 * file's named graphs are there too ({@code GRAPH ?g} tells documents apart). Every row is a
 * finding of the rule's severity.
 */
final class RulesStage {
    private RulesStage() {}

    static final String RULE_TIMEOUT = "rule-timeout";

    static Dataset dataset(CheckInput input) {
        DatasetGraph dsg = DatasetGraphFactory.create(input.union());
        input.dataset().listGraphNodes().forEachRemaining(g -> dsg.addGraph(g, input.dataset().getGraph(g)));
        return DatasetFactory.wrap(dsg);
    }

    static List<Finding> run(List<ViolationRule> rules, Dataset ds, Duration timeout, CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (ViolationRule rule : rules) {
            Set<String> seen = new LinkedHashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(rule.query())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    RDFNode r = row.get(ViolationRule.RESOURCE);
                    RDFNode d = row.get(ViolationRule.DETAIL);
                    String resource = r == null ? "" : ShortNames.id(r.asNode());
                    String detail = d == null ? null : shorten(text(d.asNode()));
                    if (!seen.add(resource + "\u0000" + detail)) continue;
                    findings.add(Finding.of(rule.name(), rule.severity(), resource, detail != null ? detail : rule.guards())
                            .with("guards", rule.guards())
                            .with("file", input.display(rule.file())));
                }
            } catch (QueryCancelledException e) {
                findings.add(Finding.of(RULE_TIMEOUT, Severity.ERROR, "", "the rule " + rule.name() + " ran longer than "
                        + timeout.toMillis() + " ms and was stopped").with("file", input.display(rule.file())));
            }
        }
        return findings;
    }

    private static final java.util.regex.Pattern IRI_IN_TEXT = java.util.regex.Pattern.compile("<([^<>\\s]+)>");

    /** {@code <https://w3id.org/geoclaims/id/pakistan>} in a message becomes {@code gcr:pakistan}. */
    static String shorten(String message) {
        java.util.regex.Matcher m = IRI_IN_TEXT.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(ShortNames.of(m.group(1))));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String text(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return ShortNames.of(n.getURI());
        return ShortNames.id(n);
    }
}
