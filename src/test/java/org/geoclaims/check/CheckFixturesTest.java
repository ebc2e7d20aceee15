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
 * Each fixture under {@code check/broken/} is one small file that, added to the repository's own
 * ontology and data, breaks one rule; {@code check} must report exactly that failure (the stage, the
 * rule, the resource) and nothing else. The shipped data alone passes ({@link CheckRepositoryTest}).
 */
class CheckFixturesTest {

    static final String GC = "https://w3id.org/geoclaims/ontology/";
    static final String GCR = "https://w3id.org/geoclaims/id/";
    static final String EVIDENCE = "https://w3id.org/geoclaims/source/pakistan-army-in-azerbaijan/evidence/";

    /** stage/rule/resource of an error finding. */
    record Failure(Stage stage, String rule, String resource) implements Comparable<Failure> {
        @Override public int compareTo(Failure o) { return toString().compareTo(o.toString()); }
    }

    static CheckReport check(String broken, CheckOptions options) {
        ProjectLayout repo = TestProjects.bundled();
        List<Path> paths = new ArrayList<>(List.of(repo.ontologyDir(), repo.dataDir()));
        if (broken != null) paths.add(TestProjects.resource("check/broken/" + broken));
        return Checker.check(repo, paths, options);
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
    void recognitionAndRelationsNextToTheirNegationAreCaughtByHermitAndByTheRule() {
        CheckReport r = check("pakistan-recognises-armenia.trig");
        assertEquals(Set.of(
                new Failure(Stage.REASONING, "inconsistent-ontology", GCR + "pakistan"),
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "recognition-pakistan-armenia"),
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "diplomatic-relations-armenia-pakistan")),
                failures(r));
        assertEquals(1, r.exitCode());

        // One explanation per contradicted negative statement, each a justification: the axioms that
        // clash, through the negative property assertion convert wrote, and the resources they name.
        List<Finding> clashes = r.findings(Stage.REASONING);
        assertEquals(2, clashes.size(), clashes.toString());
        assertEquals(List.of(
                List.of("Symmetric: gc:hasDiplomaticRelationsWith",
                        "gcr:diplomatic-relations-armenia-pakistan gc:relationsCounterparty gcr:pakistan",
                        "gcr:diplomatic-relations-armenia-pakistan gc:relationsParty gcr:armenia",
                        "inverse (gc:relationsParty) o gc:relationsCounterparty SubPropertyOf: gc:hasDiplomaticRelationsWith",
                        "not (gcr:pakistan gc:hasDiplomaticRelationsWith gcr:armenia)"),
                List.of("gcr:recognition-pakistan-armenia gc:recognized gcr:armenia",
                        "gcr:recognition-pakistan-armenia gc:recognizer gcr:pakistan",
                        "inverse (gc:recognizer) o gc:recognized SubPropertyOf: gc:recognizes",
                        "not (gcr:pakistan gc:recognizes gcr:armenia)")),
                clashes.stream().map(f -> f.detailList("axioms")).toList());
        assertEquals(List.of(
                "ontology + data entail gcr:pakistan gc:hasDiplomaticRelationsWith gcr:armenia, which a negative property assertion denies (5 axioms)",
                "ontology + data entail gcr:pakistan gc:recognizes gcr:armenia, which a negative property assertion denies (4 axioms)"),
                clashes.stream().map(Finding::message).toList());
        assertEquals(List.of(GCR + "armenia", GCR + "pakistan", GCR + "recognition-pakistan-armenia"), clashes.get(1).detailList("resources"));
    }

    @Test
    void theRuleAloneCatchesTheContradictionsWithoutAReasoner() {
        CheckReport r = check("pakistan-recognises-armenia.trig", CheckOptions.defaults().skipping(Set.of(Stage.REASONING)));
        assertEquals(StageResult.Status.SKIPPED, r.stage(Stage.REASONING).orElseThrow().status());
        assertEquals(Set.of(
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "recognition-pakistan-armenia"),
                new Failure(Stage.RULES, "negative-statement-contradicted", GCR + "diplomatic-relations-armenia-pakistan")),
                failures(r));
        List<String> messages = r.findings(Stage.RULES).stream().map(Finding::message).sorted().toList();
        // The relations statement gives armenia-pakistan; the property is symmetric, so it contradicts pakistan-armenia.
        assertEquals(List.of(
                "gives gcr:armenia gc:hasDiplomaticRelationsWith gcr:pakistan, which gcr:no-diplomatic-relations-pakistan-armenia denies",
                "gives gcr:pakistan gc:recognizes gcr:armenia, which gcr:non-recognition-pakistan-armenia denies"), messages);
    }

    @Test
    void aRecognitionEntailedThroughAClassIsCaughtOnlyByHermit() {
        CheckReport r = check("recognition-through-a-class.ttl");
        assertEquals(Set.of(new Failure(Stage.REASONING, "inconsistent-ontology", GCR + "pakistan")), failures(r));
        assertEquals(List.of(
                "gc:StateRecognisingArmenia EquivalentTo gc:recognizes value gcr:armenia",
                "gcr:pakistan Type gc:StateRecognisingArmenia",
                "not (gcr:pakistan gc:recognizes gcr:armenia)"), only(r, Stage.REASONING).detailList("axioms"));
    }

    @Test
    void aDenialPointingAtNothing() {
        CheckReport r = check("denial-of-nothing.trig");
        assertEquals(Set.of(
                new Failure(Stage.SHACL, "sh:ClassConstraintComponent", GCR + "denial-of-nothing"),
                new Failure(Stage.RULES, "response-without-claim", GCR + "denial-of-nothing")), failures(r));
        assertEquals("answers gcr:no-such-claim, which is not a claim in the graph", only(r, Stage.RULES).message());
        assertEquals("gc:respondsTo", only(r, Stage.SHACL).detail("path"));
    }

    @Test
    void aQuoteWithWrongOffsets() {
        CheckReport r = check("quote-wrong-offsets.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "quote-mismatch", EVIDENCE + "armenia/1")), failures(r));
        assertEquals("quote \"sovereign state\" but the text at 4623-4638 is \"vereign state. \"", only(r, Stage.RULES).message());
    }

    @Test
    void aDateGivenAsAPlainStringFailsTheShape() {
        CheckReport r = check("date-as-string.trig");
        assertEquals(Set.of(new Failure(Stage.SHACL, "sh:OrConstraintComponent", GCR + "agreement-with-string-date")), failures(r));
        Finding f = only(r, Stage.SHACL);
        assertEquals("gc:date", f.detail("path"));
        assertEquals("\"2014\"", f.detail("value"));
    }

    @Test
    void aClassBelowTwoDisjointClassesIsUnsatisfiableAndExplained() {
        CheckReport r = check("unsatisfiable-class.ttl");
        assertEquals(Set.of(new Failure(Stage.REASONING, "unsatisfiable-class", GC + "StatementOfState")), failures(r));
        List<String> axioms = only(r, Stage.REASONING).detailList("axioms");
        assertTrue(axioms.contains("gc:StatementOfState SubClassOf gc:State"), axioms.toString());
        assertTrue(axioms.contains("gc:StatementOfState SubClassOf gc:Statement"), axioms.toString());
        assertTrue(axioms.stream().anyMatch(a -> a.startsWith("DisjointClasses: ") && a.contains("gc:Actor") && a.contains("gc:Statement")),
                axioms.toString());
    }

    @Test
    void aTermWithoutLabel() {
        CheckReport r = check("missing-label.ttl");
        assertEquals(Set.of(new Failure(Stage.RULES, "term-without-label-or-definition", GC + "Alliance")), failures(r));
        assertEquals("no rdfs:label", only(r, Stage.RULES).message());
    }

    @Test
    void aClaimWithoutEvidence() {
        assertEquals(Set.of(
                new Failure(Stage.SHACL, "sh:MinCountConstraintComponent", GCR + "claim-without-quote"),
                new Failure(Stage.RULES, "claim-without-evidence", GCR + "claim-without-quote")),
                failures(check("claim-without-evidence.trig")));
    }

    @Test
    void anExerciseWhoseSentenceGivesAYearButThatHasNoDate() {
        CheckReport r = check("exercise-without-date.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "event-without-date", GCR + "undated-exercise")), failures(r));
        assertTrue(only(r, Stage.RULES).message().startsWith("military exercise without gc:date, though its sentence gives 2013: "),
                only(r, Stage.RULES).message());
    }

    @Test
    void anEntityWithTwoWikidataItems() {
        CheckReport r = check("two-wikidata-links.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "conflicting-wikidata-links", GCR + "armenia")), failures(r));
        assertEquals("linked to both Q212 and Q399", only(r, Stage.RULES).message());
    }

    @Test
    void aClaimWrittenDownAsAFact() {
        CheckReport r = check("claim-asserted-as-fact.trig");
        assertEquals(Set.of(new Failure(Stage.RULES, "claimed-proposition-asserted", GCR + "proposition-pakistani-troops-in-azerbaijan")),
                failures(r));
        assertEquals("claims gcr:pakistan-army gc:hasMilitaryPresenceIn gcr:azerbaijan, which is recorded as a fact as the triple",
                only(r, Stage.RULES).message());
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
    void anInconsistencyWithoutNegativeStatementsIsExplainedToo() {
        // No negative assertion is involved: the general black-box search over the whole ontology + data.
        CheckReport r = check("state-typed-organization.trig", CheckOptions.defaults().withExplainTimeout(Duration.ofSeconds(60))
                .skipping(Set.of(Stage.PROFILE, Stage.SHACL, Stage.RULES)));
        assertEquals(Set.of(new Failure(Stage.REASONING, "inconsistent-ontology", GCR + "pakistan")), failures(r));
        Finding f = only(r, Stage.REASONING);
        List<String> axioms = f.detailList("axioms");
        assertTrue(axioms.contains("gcr:pakistan Type gc:Organization"), axioms.toString());
        assertTrue(axioms.contains("DisjointClasses: gc:Collective, gc:Organization, gc:Person, gc:PoliticalEntity"), axioms.toString());
        assertTrue(f.message().startsWith("ontology + data are inconsistent about "), f.message());
    }

    @Test
    void theExplanationSearchIsBoundedByItsBudget() {
        CheckReport r = check("pakistan-recognises-armenia.trig", CheckOptions.defaults().withExplainTimeout(Duration.ofNanos(1))
                .skipping(Set.of(Stage.PROFILE, Stage.SHACL, Stage.RULES)));
        Finding f = only(r, Stage.REASONING);
        assertEquals("inconsistent-ontology", f.rule());
        assertTrue(f.message().contains("no explanation was found within"), f.message());
        assertEquals(List.of(), f.detailList("axioms"));
    }
}
