package org.geoclaims.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;

/**
 * The repository's own ontology and data pass every check: CI fails on a commit that breaks the
 * ontology, the shapes, a rule or the data.
 */
class CheckRepositoryTest {

    @Test
    void theShippedOntologyAndDataPassEveryStage() {
        ProjectLayout repo = TestProjects.bundled();
        CheckReport r = Checker.check(repo, List.of(), CheckOptions.defaults());
        String errors = r.stages().stream().flatMap(s -> s.findings().stream().filter(Finding::isError)
                .map(f -> s.stage().id() + " " + f.rule() + " " + f.resource() + ": " + f.message())).collect(Collectors.joining("\n"));
        assertEquals("", errors);
        assertEquals(0, r.exitCode());
        for (Stage s : Stage.values())
            assertEquals(StageResult.Status.PASS, r.stage(s).orElseThrow().status(), s.id());

        // Everything was really looked at: the ontology, the shapes, the data and every rule file.
        assertTrue(r.triples().ontology() > 1000 && r.triples().shapes() > 100 && r.triples().data() > 1000, r.triples().toString());
        assertEquals(Set.of("claim-without-evidence", "response-without-claim", "event-without-date", "quote-mismatch",
                        "term-without-label-or-definition", "conflicting-wikidata-links", "claimed-proposition-asserted",
                        "negative-statement-contradicted"),
                r.ruleFiles().stream().map(f -> f.replaceAll(".*/", "").replace("-violation.rq", "")).collect(Collectors.toSet()));
        assertTrue(r.stage(Stage.REASONING).orElseThrow().summary().startsWith("HermiT: consistent, 0 unsatisfiable"),
                r.stage(Stage.REASONING).orElseThrow().summary());
    }

    @Test
    void everyRuleFileDocumentsWhatItGuardsAndWhy() {
        for (String f : Checker.check(TestProjects.bundled(), List.of(), CheckOptions.defaults()
                .skipping(Set.of(Stage.PROFILE, Stage.REASONING, Stage.SHACL, Stage.RULES))).ruleFiles()) {
            ViolationRule rule = ViolationRule.read(TestProjects.bundled().root().resolve(f));
            assertTrue(rule.guards().length() > 20 && rule.why().length() > 20, f);
        }
    }
}
