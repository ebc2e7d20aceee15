package org.geoclaims.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.core.Prologue;
import org.geoclaims.InputException;

/**
 * SHACL validation with jena-shacl. The data graph is ontology + data, so that
 * {@code sh:targetClass} also reaches instances of subclasses ({@code rdfs:subClassOf} in the
 * ontology). A result of severity {@code sh:Violation} is an error; {@code sh:Warning} and
 * {@code sh:Info} are reported without failing.
 */
final class ShaclStage {
    private ShaclStage() {}

    /** Reads the shapes; a shapes file jena-shacl cannot read is bad input (exit 2), named by file. */
    static Shapes parse(CheckInput input) {
        for (Map.Entry<Path, Graph> e : input.shapesByFile().entrySet()) {
            try {
                Shapes.parse(e.getValue());
            } catch (ShaclParseException ex) {
                throw new InputException(e.getKey(), -1, -1, "not valid SHACL: " + ex.getMessage(),
                        "Fix the shape; see https://www.w3.org/TR/shacl/.", ex);
            } catch (RuntimeException ex) {
                // jena-shacl fails on some ill-typed parameters with a bare exception (e.g. a
                // ClassCastException for sh:minCount "many").
                throw new InputException(e.getKey(), -1, -1, "not valid SHACL (a parameter of the wrong type?): " + ex,
                        "Check the values of sh:minCount, sh:maxCount, sh:datatype, sh:class and the like.", ex);
            }
        }
        return Shapes.parse(input.shapes());
    }

    static List<Finding> run(Shapes shapes, Graph shapesGraph, Graph dataGraph) {
        Prologue prologue = new Prologue(ShortNames.mapping());
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, dataGraph).getEntries()) {
            String component = e.sourceConstraintComponent() == null ? "sh:Constraint"
                    : ShortNames.of(e.sourceConstraintComponent().getURI());
            Finding f = Finding.of(component, severity(e), ShortNames.id(e.focusNode()), e.message() == null ? "" : e.message());
            if (e.resultPath() != null) f = f.with("path", PathWriter.asString(e.resultPath(), prologue));
            if (e.value() != null) f = f.with("value", display(e.value()));
            if (e.source() != null) f = f.with("shape", shapeName(e.source(), shapesGraph));
            findings.add(f);
        }
        findings.sort(Comparator.comparing(Finding::resource).thenComparing(Finding::rule)
                .thenComparing(f -> String.valueOf(f.detail("path"))));
        return findings;
    }

    private static Severity severity(ReportEntry e) {
        Node level = e.severity() == null ? null : e.severity().level();
        if (level == null || level.equals(org.apache.jena.shacl.validation.Severity.Violation.level())) return Severity.ERROR;
        if (level.equals(org.apache.jena.shacl.validation.Severity.Warning.level())) return Severity.WARNING;
        return Severity.INFO;
    }

    private static final Node SH_PROPERTY = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");

    /** A named shape by its name; a blank property shape by the named shape it belongs to. */
    private static String shapeName(Node shape, Graph shapesGraph) {
        if (!shape.isBlank()) return display(shape);
        var parents = shapesGraph.find(Node.ANY, SH_PROPERTY, shape).mapWith(t -> t.getSubject()).toList();
        if (parents.size() == 1 && parents.get(0).isURI()) return display(parents.get(0)) + " (a sh:property)";
        return "a blank-node shape";
    }

    private static String display(Node n) {
        if (n.isURI()) return ShortNames.of(n.getURI());
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lang = n.getLiteralLanguage();
            String lex = '"' + n.getLiteralLexicalForm() + '"';
            if (lang != null && !lang.isEmpty()) return lex + "@" + lang;
            if (dt != null && !dt.endsWith("#string")) return lex + "^^" + ShortNames.of(dt);
            return lex;
        }
        return n.toString();
    }
}
