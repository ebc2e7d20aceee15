package org.geoclaims.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;

/**
 * Each fixture under {@code check/broken/} adds one small file to a sound project
 * ({@code check/base/}) and breaks one rule; {@code check} must report exactly that failure: the
 * stage, the rule and the resource, and nothing else.
 */
class CheckFixturesTest {

    static final String GC = "https://w3id.org/geoclaims/ontology/";
    static final String GCR = "https://w3id.org/geoclaims/id/";
    static final String GCS = "https://w3id.org/geoclaims/source/";

    /** stage/rule/resource of an error finding. */
    record Failure(Stage stage, String rule, String resource) implements Comparable<Failure> {
        @Override public int compareTo(Failure o) { return toString().compareTo(o.toString()); }
    }

    static CheckReport check(String broken, CheckOptions options) {
        Path base = TestProjects.resource("check/base");
        List<Path> paths = new ArrayList<>(List.of(base.resolve("ontology"), base.resolve("data")));
        if (broken != null) paths.add(TestProjects.resource("check/broken/" + broken));
        return Checker.check(ProjectLayout.at(base), paths, options);
    }

    static CheckReport check(String broken) {
        return check(broken, CheckOptions.defaults());
    }

    static Set<Failure> failures(CheckReport report) {
        Set<Failure> all = new TreeSet<>();
        for (StageResult s : report.stages())
            for (Finding f : s.findings())
                if (f.isError()) all.add(new Failure(s.stage(), f.rule(), f.resource()));
        return all;
    }

    static Finding only(CheckReport report, Stage stage) {
        List<Finding> errors = report.findings(stage).stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void soundProjectPassesEveryStage() {
        CheckReport r = check(null);
        assertEquals(Set.of(), failures(r));
        assertEquals(0, r.exitCode());
        for (Stage s : Stage.values())
            assertEquals(StageResult.Status.PASS, r.stage(s).orElseThrow().status(), s.id());
        assertEquals(8, r.ruleFiles().size());
        assertTrue(r.stage(Stage.REASONING).orElseThrow().summary().contains("consistent, 0 unsatisfiable"));
    }

    @Test
    void recognitionAndRelationsNextToTheirNegationAreCaughtByHermitAndByTheRule() {
        CheckReport r = check("pakistan-recognises-armenia.trig");
        assertEquals(Set.of(
                new Failure(Stage.REASONING, "inconsistent-ontology", GCR + "pakistan"),
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "recognition-pakistan-armenia"),
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "relations-pakistan-armenia")),
                failures(r));
        assertEquals(1, r.exitCode());

        // The explanation is a justification: the four axioms that clash, and the resources they name.
        Finding clash = only(r, Stage.REASONING);
        List<String> axioms = clash.detailList("axioms");
        assertEquals(4, axioms.size(), axioms.toString());
        assertTrue(axioms.contains("not (gcr:pakistan gc:recognizes gcr:armenia)"), axioms.toString());
        assertTrue(axioms.contains("inverse (gc:recognizer) o gc:recognized SubPropertyOf: gc:recognizes"), axioms.toString());
        assertTrue(axioms.contains("gcr:recognition-pakistan-armenia gc:recognizer gcr:pakistan"), axioms.toString());
        assertTrue(axioms.contains("gcr:recognition-pakistan-armenia gc:recognized gcr:armenia"), axioms.toString());
        assertEquals(List.of(GCR + "armenia", GCR + "pakistan", GCR + "recognition-pakistan-armenia"), clash.detailList("resources"));
        assertTrue(clash.message().contains("gcr:pakistan gc:recognizes gcr:armenia"), clash.message());
    }

    @Test
    void theRuleAloneCatchesTheContradictionWithoutAReasoner() {
        CheckReport r = check("pakistan-recognises-armenia.trig", CheckOptions.defaults().skipping(Set.of(Stage.REASONING)));
        assertEquals(StageResult.Status.SKIPPED, r.stage(Stage.REASONING).orElseThrow().status());
        assertEquals(Set.of(
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "recognition-pakistan-armenia"),
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "relations-pakistan-armenia")),
                failures(r));
        Finding relations = r.findings(Stage.RULES).stream()
                .filter(f -> f.resource().equals(GCR + "relations-pakistan-armenia")).findFirst().orElseThrow();
        // The relations statement gives armenia-pakistan; the property is symmetric, so it contradicts pakistan-armenia.
        assertEquals("gives gcr:armenia gc:hasDiplomaticRelationsWith gcr:pakistan, which gcr:no-relations-pakistan-armenia denies",
                relations.message());
    }

    @Test
    void aDenialPointingAtNothing() {
        CheckReport r = check("denial-of-nothing.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "response-without-claim", GCR + "denial-of-nothing")), failures(r));
        assertEquals("answers gcr:no-such-claim, which is not a claim in the graph", only(r, Stage.RULES).message());
    }

    @Test
    void aQuoteWithWrongOffsets() {
        CheckReport r = check("quote-wrong-offsets.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "quote-mismatch", GCS + "doc/evidence/armenia/1")), failures(r));
        assertEquals("quote \"sovereign state\" but the text at 263-278 is \"vereign state. \"", only(r, Stage.RULES).message());
    }

    @Test
    void aDateGivenAsAPlainStringFailsTheShape() {
        CheckReport r = check("date-as-string.trig");
        assertEquals(Set.of(new Failure(Stage.SHACL, "sh:OrConstraintComponent", GCR + "military-cooperation-agreement-2014")),
                failures(r));
        Finding f = only(r, Stage.SHACL);
        assertEquals("gc:date", f.detail("path"));
        assertEquals("\"2014\"", f.detail("value"));
    }

    @Test
    void aClassBelowTwoDisjointClassesIsUnsatisfiableAndExplained() {
        CheckReport r = check("unsatisfiable-class.ttl");
        assertEquals(Set.of(new Failure(Stage.REASONING, "unsatisfiable-class", GC + "SelfRecognizingStatement")), failures(r));
        List<String> axioms = only(r, Stage.REASONING).detailList("axioms");
        assertEquals(List.of(
                "DisjointClasses: gc:Agent, gc:Evidence, gc:Proposition, gc:SourceDocument, gc:Statement",
                "gc:SelfRecognizingStatement SubClassOf gc:State",
                "gc:SelfRecognizingStatement SubClassOf gc:Statement",
                "gc:State SubClassOf gc:Agent"), axioms);
    }

    @Test
    void aTermWithoutLabel() {
        CheckReport r = check("missing-label.ttl");
        assertEquals(Set.of(new Failure(Stage.RULES, "term-without-label-or-definition", GC + "Alliance")), failures(r));
        assertEquals("no rdfs:label", only(r, Stage.RULES).message());
    }

    @Test
    void aClaimWithoutEvidence() {
        assertEquals(Set.of(new Failure(Stage.RULES, "claim-without-evidence", GCR + "claim-without-quote")),
                failures(check("claim-without-evidence.trig")));
    }

    @Test
    void anExerciseWithoutDate() {
        assertEquals(Set.of(new Failure(Stage.RULES, "event-without-date", GCR + "undated-exercise")),
                failures(check("exercise-without-date.trig")));
    }

    @Test
    void anEntityWithTwoWikidataItems() {
        CheckReport r = check("two-wikidata-links.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "conflicting-wikidata-links", GCR + "armenia")), failures(r));
        assertEquals("linked to both Q15180 and Q399", only(r, Stage.RULES).message());
    }

    @Test
    void aClaimWrittenDownAsAFact() {
        assertEquals(Set.of(new Failure(Stage.RULES, "claimed-proposition-asserted", GCR + "claim-pakistan-army-fighting/proposition")),
                failures(check("claim-asserted-as-fact.trig")));
    }

    @Test
    void anOntologyUsingAnUndeclaredClassIsNotOwl2Dl() {
        CheckReport r = check("undeclared-superclass.ttl");
        assertEquals(Set.of(new Failure(Stage.PROFILE, "UseOfUndeclaredClass", GC + "Pact")), failures(r));
        Finding f = only(r, Stage.PROFILE);
        assertEquals("gc:DefencePact SubClassOf gc:Pact", f.detail("axiom"));
        assertEquals("ontology", f.detail("in"));
    }

    @Test
    void theExplanationSearchIsBoundedByItsBudget() {
        CheckReport r = check("pakistan-recognises-armenia.trig", CheckOptions.defaults().withExplainTimeout(Duration.ofNanos(1)));
        Finding f = only(r, Stage.REASONING);
        assertEquals("inconsistent-ontology", f.rule());
        assertTrue(f.message().contains("no explanation was found within"), f.message());
        assertEquals(List.of(), f.detailList("axioms"));
    }
}
