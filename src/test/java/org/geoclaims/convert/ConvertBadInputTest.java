package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.store.ProjectLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, one case each, through the command line: exit code 2, the message names the file and
 * the line (and column) of the entry, and nothing in data/ changes.
 */
class ConvertBadInputTest {

    @TempDir
    Path tmp;

    private ProjectLayout project;
    private Path yaml;
    private Path trig;
    private byte[] trigBytes;
    private static final FileTime OLD = FileTime.fromMillis(1_577_836_800_000L);

    @BeforeEach
    void convertOnceSuccessfully() throws IOException {
        project = ConvertFixtures.project(tmp);
        yaml = project.sourcesDir().resolve(ConvertFixtures.DOC + ".yaml");
        ConvertFixtures.Run ok = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertEquals(0, ok.exit(), ok.err());
        trig = project.dataDir().resolve(ConvertFixtures.DOC + ".trig");
        Files.setLastModifiedTime(trig, OLD);
        trigBytes = Files.readAllBytes(trig);
    }

    /** Replaces text in the extraction file and returns the 1-based line of {@code lineMarker} afterwards. */
    private int edit(String from, String to, String lineMarker) {
        String text = ConvertFixtures.read(yaml);
        assertTrue(text.contains(from), "fixture lacks: " + from);
        String edited = text.replace(from, to);
        ConvertFixtures.write(yaml, edited);
        return ConvertFixtures.lineOf(edited, lineMarker);
    }

    /** Runs convert, expects exit 2 with file:line:col and every fragment; data/ must be untouched. */
    private String assertRejected(Path file, int line, int column, String... fragments) throws IOException {
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertEquals(GeoclaimsCli.EXIT_BAD_INPUT, run.exit(), run.out() + run.err());
        String where = file.toAbsolutePath() + ":" + line + ":" + (column > 0 ? column + ":" : "");
        assertTrue(run.err().contains(where), "expected " + where + " in:\n" + run.err());
        for (String f : fragments) assertTrue(run.err().contains(f), "expected '" + f + "' in:\n" + run.err());
        assertArrayEquals(trigBytes, Files.readAllBytes(trig), "data/<doc>.trig unchanged");
        assertEquals(OLD, Files.getLastModifiedTime(trig), "data/<doc>.trig not touched");
        try (Stream<Path> files = Files.list(project.dataDir())) {
            assertEquals(List.of("norway-sweden-1905.trig", "reference", "sources"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left in data/");
        }
        return run.err();
    }

    @Test
    void malformedYaml() throws IOException {
        int line = edit("    label: Norway\n", "    label: Norway: the kingdom\n", "label: Norway:");
        assertRejected(yaml, line, 18, "malformed YAML", "mapping values are not allowed here");
    }

    @Test
    void unknownProperty() throws IOException {
        int line = edit("officialName: Kingdom", "officalName: Kingdom", "officalName:");
        assertRejected(yaml, line, 5, "unknown ontology term", "property 'officalName'", "Did you mean officialName?");
    }

    @Test
    void unknownPrefixedProperty() throws IOException {
        int line = edit("skos:definition:", "skos:defintion:", "skos:defintion:");
        assertRejected(yaml, line, 5, "unknown ontology term", "Did you mean skos:definition?");
    }

    @Test
    void unknownClass() throws IOException {
        int line = edit("a: Referendum", "a: Referendumm", "Referendumm");
        assertRejected(yaml, line, 8, "unknown ontology term: class 'Referendumm'", "Did you mean Referendum?");
    }

    @Test
    void quoteNotFound() throws IOException {
        int line = edit("Sweden did not accept the decision at first.", "Sweden did not accept the decision at all.", "at all.");
        assertRejected(yaml, line, 16, "the quote is not in the article",
                "its first 38 characters match at offset 1068, where the article reads \"Sweden did not accept the decision at first.\\n\\nIn a referen");
    }

    @Test
    void quoteAmbiguousWithoutOccurrence() throws IOException {
        int line = edit("26 October 1905\n        occurrence: 2\n", "26 October 1905\n", "- quote: Sweden recognised Norway as");
        assertRejected(yaml, line, 9, "the quote is ambiguous: it occurs 2 times",
                "offset 339 (line 5) in sentence 4", "offset 1508 (line 27) in sentence 20", "Add occurrence: N");
    }

    @Test
    void startAtTheWrongOffset() throws IOException {
        int line = edit("start: 168", "start: 170", "- quote: the Norwegian parliament");
        assertRejected(yaml, line, 9, "the quote does not start at offset 170", "offset 168");
    }

    @Test
    void duplicateYamlKey() throws IOException {
        String text = ConvertFixtures.read(yaml);
        int first = ConvertFixtures.lineOf(text, "  norway:");
        edit("  sweden:\n", "  norway:\n    a: State\n    label: Norge\n  sweden:\n", "  sweden:");
        int second = ConvertFixtures.lineOf(ConvertFixtures.read(yaml), "  sweden:") - 3;
        assertRejected(yaml, second, 3, "duplicate key 'norway' (first at line " + first + ")");
    }

    @Test
    void sameIdInEntitiesAndStatements() throws IOException {
        int entityLine = ConvertFixtures.lineOf(ConvertFixtures.read(yaml), "  storting:");
        int line = edit("statements:\n", "statements:\n  storting:\n    a: Claim\n", "statements:") + 1;
        assertRejected(yaml, line, 3, "duplicate id 'storting': already defined in entities at norway-sweden-1905.yaml:" + entityLine);
    }

    @Test
    void referenceToAnUndefinedId() throws IOException {
        int line = edit("claimant: storting", "claimant: stortinget", "claimant: stortinget");
        assertRejected(yaml, line, 15, "undefined id 'stortinget'", "Did you mean storting?");
    }

    @Test
    void undeclaredIndividual() throws IOException {
        int line = edit("stance: gc:Affirmed", "stance: gc:Affirm", "gc:Affirm");
        assertRejected(yaml, line, 13, "'gc:Affirm' is not an individual declared", "Did you mean gc:Affirmed?");
    }

    @Test
    void wikidataIdNotInTheReferenceFile() throws IOException {
        int line = edit("wikidata: Q20", "wikidata: Q21", "wikidata: Q21");
        assertRejected(yaml, line, 15, "Q21 is not listed in wikidata-ids.tsv");
    }

    @Test
    void wikidataLabelMismatch() throws IOException {
        edit("    label: Norway\n", "    label: Norge\n", "label: Norge");
        int line = ConvertFixtures.lineOf(ConvertFixtures.read(yaml), "wikidata: Q20");
        assertRejected(yaml, line, 15, "Q20 is listed as 'Norway'", "neither the label nor an altLabel of 'norway' [Norge]");
    }

    @Test
    void invalidLiteral() throws IOException {
        int line = edit("date: \"1905-06-07\"", "date: \"20-20\"", "\"20-20\"");
        assertRejected(yaml, line, 11, "invalid literal '20-20' for date",
                "xsd:date (e.g. 2020-09-27) or xsd:gYearMonth (e.g. 2020-09) or xsd:gYear (e.g. 2020)");
    }

    @Test
    void explicitLiteralOutsideTheRange() throws IOException {
        int line = edit("endDate: {\"@value\": \"1905\", \"@type\": \"xsd:gYear\"}",
                "endDate: {\"@value\": \"1905\", \"@type\": \"xsd:integer\"}", "xsd:integer");
        assertRejected(yaml, line, 16, "does not fit the range of endDate");
    }

    @Test
    void excludedTextThatIsNotASentence() throws IOException {
        int line = edit("- text: Share this post", "- text: Share this", "- text: Share this");
        assertRejected(yaml, line, 5, "no sentence of the article is exactly \"Share this\"", "part of sentence 27 \"Share this post\"");
    }

    @Test
    void negativeStatementWithoutItsObject() throws IOException {
        edit("    nonRecognizedParty: norway\n", "", "initial-non-recognition");
        int line = ConvertFixtures.lineOf(ConvertFixtures.read(yaml), "  initial-non-recognition-sweden-norway:");
        assertRejected(yaml, line, 3, "denies recognizes and needs a value for nonRecognizedParty");
    }

    @Test
    void articleThatIsNotUtf8() throws IOException {
        Path txt = project.sourcesDir().resolve(ConvertFixtures.DOC + ".txt");
        byte[] bytes = Files.readAllBytes(txt);
        int at = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII).indexOf("Karlstad Convention");
        bytes[at + 1] = (byte) 0xE4; // "K\u00e4rlstad" saved as ISO-8859-1
        Files.write(txt, bytes);
        assertRejected(txt, 10, 2, "not valid UTF-8: byte 0xE4 at byte offset " + (at + 1), "Save the file as UTF-8");
    }

    @Test
    void missingOntology() throws IOException {
        Files.delete(project.ontologyFile());
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", tmp.toString());
        assertEquals(GeoclaimsCli.EXIT_BAD_INPUT, run.exit());
        assertTrue(run.err().contains(project.ontologyFile() + ": the ontology file does not exist"), run.err());
        assertEquals(OLD, Files.getLastModifiedTime(trig));
    }

    @Test
    void ontologyWithoutTheStructureTerms() throws IOException {
        Path other = tmp.resolve("other.ttl");
        ConvertFixtures.write(other, "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                + "<https://w3id.org/geoclaims/ontology/Section> a owl:Class .\n");
        ConvertFixtures.Run run = ConvertFixtures.cli("convert", "--dir", tmp.toString(), "--ontology", other.toString());
        assertEquals(GeoclaimsCli.EXIT_BAD_INPUT, run.exit());
        assertTrue(run.err().contains("does not declare terms convert writes"), run.err());
        assertTrue(run.err().contains("TableRow (owl:Class)") && !run.err().contains("Section (owl:Class)"), run.err());
        assertEquals(OLD, Files.getLastModifiedTime(trig));
    }
}
