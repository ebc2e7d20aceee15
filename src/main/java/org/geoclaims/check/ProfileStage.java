package org.geoclaims.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.semanticweb.owlapi.model.HasIRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDatatype;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredDatatype;
import org.semanticweb.owlapi.vocab.XSDVocabulary;

/**
 * OWL 2 DL profile (OWLAPI's {@link OWL2DLProfile}, the checker behind ROBOT's
 * {@code validate-profile DL}).
 *
 * <p>The ontology is checked on its own: every violation is an error, reported with the axiom.
 * Then ontology + data are checked together and the violations that come from data axioms are
 * reported too (a data file using a class or property the ontology does not declare, an IRI used
 * both as an object and a data property). One exception, reported as a single info per datatype:
 * data literals typed {@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear} (the precision a
 * source gives, which the architecture keeps) lie outside the OWL 2 datatype map; HermiT treats their
 * values as opaque, and SHACL checks their lexical forms.
 */
final class ProfileStage {
    private ProfileStage() {}

    static final String RULE_DATATYPE_MAP = "LiteralOutsideOwl2DatatypeMap";

    static List<Finding> run(OWLOntology ontologyOnly, OWLOntology merged, AxiomRenderer renderer) {
        OWL2DLProfile profile = new OWL2DLProfile();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (OWLProfileViolation v : profile.checkOntology(ontologyOnly).getViolations())
            add(findings, seen, finding(v, renderer, "ontology"));

        Map<String, Integer> outsideMap = new TreeMap<>();
        for (OWLProfileViolation v : profile.checkOntology(merged).getViolations()) {
            OWLAxiom ax = v.getAxiom();
            if (ax == null || ontologyOnly.containsAxiomIgnoreAnnotations(ax)) continue;
            String xsdType = xsdDatatypeOfLiteral(v);
            if (xsdType != null) {
                if (v instanceof UseOfDefinedDatatypeInLiteral) outsideMap.merge(xsdType, 1, Integer::sum);
                continue;
            }
            add(findings, seen, finding(v, renderer, "data"));
        }
        for (Map.Entry<String, Integer> e : outsideMap.entrySet())
            findings.add(Finding.of(RULE_DATATYPE_MAP, Severity.INFO, e.getKey(),
                    e.getValue() + " data literal(s) typed " + ShortNames.of(e.getKey())
                            + ": outside the OWL 2 datatype map, HermiT treats their values as opaque (SHACL checks their form)"));
        return findings;
    }

    private static void add(List<Finding> findings, Set<String> seen, Finding f) {
        if (seen.add(f.rule() + "|" + f.resource() + "|" + f.detail("axiom"))) findings.add(f);
    }

    /** The XSD datatype when a violation is only about a data literal typed with an XSD date type. */
    private static String xsdDatatypeOfLiteral(OWLProfileViolation v) {
        Object e = v.getExpression();
        OWLDatatype dt = null;
        if (v instanceof UseOfDefinedDatatypeInLiteral && e instanceof OWLLiteral lit) dt = lit.getDatatype();
        else if (v instanceof UseOfUndeclaredDatatype && e instanceof OWLDatatype d) dt = d;
        if (dt == null) return null;
        String iri = dt.getIRI().toString();
        boolean dateType = iri.equals(XSDVocabulary.DATE.getIRI().toString())
                || iri.equals(XSDVocabulary.G_YEAR_MONTH.getIRI().toString())
                || iri.equals(XSDVocabulary.G_YEAR.getIRI().toString());
        return dateType ? iri : null;
    }

    private static Finding finding(OWLProfileViolation v, AxiomRenderer renderer, String where) {
        String rule = v.getClass().getSimpleName();
        Object expr = v.getExpression();
        String resource = resourceOf(expr, v.getAxiom());
        String what = expr instanceof OWLObject o ? renderer.render(o) : expr == null ? "" : expr.toString();
        String message = humanize(rule) + (what.isEmpty() ? "" : ": " + what) + " (in the " + where + ")";
        Finding f = Finding.of(rule, Severity.ERROR, resource, message).with("in", where);
        if (v.getAxiom() != null) f = f.with("axiom", renderer.render(v.getAxiom()));
        return f;
    }

    private static String resourceOf(Object expr, OWLAxiom axiom) {
        if (expr instanceof HasIRI h) return h.getIRI().toString();
        if (expr instanceof org.semanticweb.owlapi.model.IRI iri) return iri.toString();
        if (axiom != null) {
            for (OWLEntity e : (Iterable<OWLEntity>) axiom.signature().sorted()::iterator)
                return e.getIRI().toString();
        }
        return "";
    }

    /** {@code UseOfUndeclaredClass} to {@code use of undeclared class}. */
    static String humanize(String className) {
        String s = className.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
