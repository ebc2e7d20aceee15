package org.geoclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geoclaims check} through the command line: exit codes, the text report, the JSON schema. */
class CheckCommandTest {

    @TempDir Path tmp;

    /** A copy of the repository's ontology/ and data/, free to be broken. */
    private Path project() {
        Path p = tmp.resolve("p");
        ProjectLayout repo = TestProjects.bundled();
        TestProjects.copyTree(repo.ontologyDir(), p.resolve("ontology"));
        TestProjects.copyTree(repo.dataDir(), p.resolve("data"));
        return p;
    }

    private static String broken(String name) {
        return TestProjects.resource("check/broken/" + name).toString();
    }

    @Test
    void aSoundProjectExits0AndPrintsEveryStageWithItsTime() {
        CliRun r = CliRun.of("check", "--dir", project().toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        for (String stage : List.of("load", "profile", "reasoning", "shacl", "rules"))
            assertTrue(r.out().lines().anyMatch(l -> l.matches(stage + "\\s+PASS\\s+[\\d,]+ ms\\s+.*")), stage + " in:\n" + r.out());
        assertTrue(r.out().contains("PASSED: every check passed in "), r.out());
    }

    @Test
    void aBrokenFileExits1AndTheReportNamesStageRuleAndResource() {
        Path p = project();
        CliRun r = CliRun.of("check", "--dir", p.toString(), p.resolve("ontology").toString(), p.resolve("data").toString(),
                broken("pakistan-recognises-armenia.trig"));
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("reasoning\\s+FAIL\\s+.*INCONSISTENT.*")), r.out());
        assertTrue(r.out().contains("ERROR   inconsistent-ontology  gcr:pakistan"), r.out());
        assertTrue(r.out().contains("- not (gcr:pakistan gc:"), r.out());
        assertTrue(r.out().contains("ERROR   negative-statement-contradicted  gcr:recognition-pakistan-armenia"), r.out());
        assertTrue(r.out().contains("FAILED: reasoning, rules (4 errors)"), r.out());
    }

    @Test
    void pathsAloneAreCheckedAgainstTheProjectsOntologyShapesAndRules() {
        Path p = project();
        // Only the broken file is given: ontology, shapes and rules come from the project's ontology/.
        CliRun r = CliRun.of("check", "--dir", p.toString(), "--format", "json", "--skip", "shacl", broken("claim-without-evidence.trig"));
        assertEquals(1, r.exitCode(), r.out() + r.err());
        JsonObject report = JSON.parse(r.out());
        List<String> roles = new ArrayList<>();
        for (JsonValue f : report.get("input").getAsObject().get("files").getAsArray())
            roles.add(f.getAsObject().get("role").getAsString().value());
        assertEquals(List.of("data", "ontology", "shapes"), roles);
        assertEquals(8, report.get("input").getAsObject().get("rules").getAsArray().size());
        JsonObject finding = report.get("stages").getAsArray().get(4).getAsObject().get("findings").getAsArray().get(0).getAsObject();
        assertEquals("claim-without-evidence", finding.get("rule").getAsString().value());
    }

    @Test
    void jsonReportFollowsItsSchema() {
        Path p = project();
        CliRun r = CliRun.of("check", "--dir", p.toString(), "--format", "json", "--skip", "shacl",
                p.resolve("ontology").toString(), p.resolve("data").toString(), broken("denial-of-nothing.trig"));
        assertEquals(1, r.exitCode(), r.err());
        JsonObject report = JSON.parse(r.out());
        assertEquals("https://w3id.org/geoclaims/check-report/v1", report.get("schema").getAsString().value());
        assertEquals("fail", report.get("status").getAsString().value());
        assertEquals(1, report.get("exitCode").getAsNumber().value().intValue());
        assertTrue(report.get("millis").getAsNumber().value().longValue() >= 0);
        JsonObject triples = report.get("input").getAsObject().get("triples").getAsObject();
        assertTrue(triples.get("ontology").getAsNumber().value().longValue() > 0);

        JsonArray stages = report.get("stages").getAsArray();
        List<String> names = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        for (JsonValue v : stages) {
            JsonObject s = v.getAsObject();
            names.add(s.get("name").getAsString().value());
            statuses.add(s.get("status").getAsString().value());
            for (String key : List.of("millis", "summary", "errors", "findings")) assertTrue(s.hasKey(key), key + " in " + s);
        }
        assertEquals(List.of("load", "profile", "reasoning", "shacl", "rules"), names);
        assertEquals(List.of("pass", "pass", "pass", "skipped", "fail"), statuses);

        JsonObject rules = stages.get(4).getAsObject();
        assertEquals(1, rules.get("errors").getAsNumber().value().intValue());
        JsonObject finding = rules.get("findings").getAsArray().get(0).getAsObject();
        assertEquals("response-without-claim", finding.get("rule").getAsString().value());
        assertEquals("error", finding.get("severity").getAsString().value());
        assertEquals("https://w3id.org/geoclaims/id/denial-of-nothing", finding.get("resource").getAsString().value());
        assertEquals("answers gcr:no-such-claim, which is not a claim in the graph", finding.get("message").getAsString().value());
        assertEquals("ontology/checks/response-without-claim-violation.rq", finding.get("file").getAsString().value());
    }

    @Test
    void aSyntaxErrorExits2WithFileLineAndColumn() throws Exception {
        Path p = project();
        Path bad = p.resolve("data/bad.trig");
        Files.writeString(bad, "@prefix ex: <https://example.org/> .\n<https://example.org/g> {\n  ex:a ex:b .\n}\n");
        CliRun r = CliRun.of("check", "--dir", p.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("geoclaims: " + bad + ":3:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRuleThatDoesNotParseExits2WithItsFileAndLine() throws Exception {
        Path p = project();
        Path rule = p.resolve("ontology/checks/broken-violation.rq");
        Files.writeString(rule, "# Guards: x\n# Why: y\nSELECT ?resource WHERE {\n  ?resource a \n}\n");
        CliRun r = CliRun.of("check", "--dir", p.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("geoclaims: " + rule + ":5:"), r.err());
        assertTrue(r.err().contains("SPARQL syntax error"), r.err());
    }

    @Test
    void aRuleWithoutItsHeaderOrWithoutResourceExits2() throws Exception {
        Path p = project();
        Path rule = p.resolve("ontology/checks/undocumented-violation.rq");
        Files.writeString(rule, "SELECT ?resource WHERE { ?resource a ?c }\n");
        CliRun r = CliRun.of("check", "--dir", p.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("must say what it guards and why"), r.err());

        Files.writeString(rule, "# Guards: x\n# Why: y\nSELECT ?thing WHERE { ?thing a ?c }\n");
        r = CliRun.of("check", "--dir", p.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("must select ?resource"), r.err());
    }

    @Test
    void shapesJenaShaclCannotReadExit2WithTheirFile() throws Exception {
        Path p = project();
        Path shapes = p.resolve("ontology/more-shapes.ttl");
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ex: <https://example.org/> .
                ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount "many" ] .
                """);
        CliRun r = CliRun.of("check", "--dir", p.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("geoclaims: " + shapes + ": not valid SHACL"), r.err());
    }

    @Test
    void anUnknownStageOrFormatExits2() {
        Path p = project();
        CliRun r = CliRun.of("check", "--dir", p.toString(), "--skip", "reasoning,spelling");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown stage 'spelling'"), r.err());
        assertEquals(2, CliRun.of("check", "--dir", p.toString(), "--format", "yaml").exitCode());
    }

    @Test
    void aMissingPathExits2() {
        CliRun r = CliRun.of("check", "--dir", project().toString(), tmp.resolve("nowhere.ttl").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no such file or folder"), r.err());
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun help = CliRun.of("check", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: geoclaims check"), help.out());
        assertTrue(CliRun.of("--help").out().contains("  check "));
    }
}
