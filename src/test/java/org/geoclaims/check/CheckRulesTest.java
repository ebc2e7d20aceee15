package org.geoclaims.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.geoclaims.InputException;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Violation rule files: their header, their severity, and what a rule of each severity does to the verdict. */
class CheckRulesTest {

    @TempDir Path tmp;

    @Test
    void theHeaderIsReadWithContinuationLines() {
        Map<String, String> h = ViolationRule.header("""
                # Guards: every claim has evidence.
                # Why: a claim nobody can trace
                #   to a quote cannot be checked.
                # Severity: warning
                PREFIX gc: <https://w3id.org/geoclaims/ontology/>
                # a comment inside the query is not header
                SELECT ?resource WHERE { ?resource a gc:Claim }
                """);
        assertEquals(Map.of("guards", "every claim has evidence.",
                "why", "a claim nobody can trace to a quote cannot be checked.",
                "severity", "warning"), h);
    }

    @Test
    void anUnknownSeverityIsBadInput() throws Exception {
        Path rule = tmp.resolve("x-violation.rq");
        Files.writeString(rule, "# Guards: g\n# Why: w\n# Severity: fatal\nSELECT ?resource WHERE { ?resource ?p ?o }\n");
        InputException e = assertThrows(InputException.class, () -> ViolationRule.read(rule));
        assertEquals(3, e.line());
    }

    @Test
    void aWarningRuleReportsWithoutFailing() throws Exception {
        Path project = tmp.resolve("p");
        TestProjects.copyTree(TestProjects.bundled().ontologyDir(), project.resolve("ontology"));
        TestProjects.copyTree(TestProjects.bundled().dataDir(), project.resolve("data"));
        Files.writeString(project.resolve("ontology/checks/state-without-wikidata-violation.rq"), """
                # Guards: every state is linked to Wikidata.
                # Why: a warning only; not every state has a confirmed identifier.
                # Severity: warning
                PREFIX gc: <https://w3id.org/geoclaims/ontology/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?resource WHERE { ?resource a gc:State FILTER NOT EXISTS { ?resource owl:sameAs ?w } }
                """);
        Files.writeString(project.resolve("data/ruritania.trig"), """
                PREFIX gc: <https://w3id.org/geoclaims/ontology/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/geoclaims/graph/ruritania> { <https://w3id.org/geoclaims/id/ruritania> a gc:State ; rdfs:label "Ruritania"@en . }
                """);
        CheckReport r = Checker.check(ProjectLayout.at(project), List.of(), CheckOptions.defaults()
                .skipping(java.util.Set.of(Stage.PROFILE, Stage.REASONING)));
        assertEquals(0, r.exitCode());
        List<Finding> f = r.findings(Stage.RULES);
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("https://w3id.org/geoclaims/id/ruritania", f.get(0).resource());
        assertEquals("every state is linked to Wikidata.", f.get(0).message());
        assertEquals(StageResult.Status.PASS, r.stage(Stage.RULES).orElseThrow().status());
    }
}
