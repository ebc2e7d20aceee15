package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.convert.Converter.Converted;
import org.geoclaims.convert.Converter.Written;
import org.geoclaims.store.ProjectLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertDeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void convertingTwiceGivesTheSameBytes() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        byte[] first = Converter.convertAll(project, project.ontologyFile()).get(0).trig();
        byte[] second = Converter.convertAll(project, project.ontologyFile()).get(0).trig();
        assertArrayEquals(first, second);
    }

    @Test
    void insertionOrderAndBlankNodeLabelsDoNotMatter() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        Converted doc = Converter.convertAll(project, project.ontologyFile()).get(0);
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(new String(doc.trig(), StandardCharsets.UTF_8), Lang.TRIG).parse(dsg);
        Node graphName = Iris.graph(ConvertFixtures.DOC);
        List<Triple> triples = new ArrayList<>(dsg.getGraph(graphName).find().toList());
        // a second negative assertion, so that blank nodes must be ordered by content
        Node extra = NodeFactory.createBlankNode("zz-first-by-label");
        triples.add(Triple.create(extra, org.geoclaims.vocab.Terms.RDF_TYPE, org.geoclaims.vocab.Terms.OWL_NEGATIVE_PROPERTY_ASSERTION));
        triples.add(Triple.create(extra, org.geoclaims.vocab.Terms.OWL_SOURCE_INDIVIDUAL, Iris.entity("norway")));
        byte[] reference = null;
        for (long seed : new long[] {1, 2, 3, 42}) {
            Collections.shuffle(triples, new Random(seed));
            Graph g = GraphMemFactory.createDefaultGraph();
            for (Triple t : triples) {
                // fresh blank node labels each round
                Node s = t.getSubject().isBlank() ? NodeFactory.createBlankNode(t.getSubject().getBlankNodeLabel() + "-" + seed) : t.getSubject();
                g.add(Triple.create(s, t.getPredicate(), t.getObject()));
            }
            byte[] bytes = CanonicalTrigWriter.write(graphName, g);
            if (reference == null) reference = bytes;
            else assertArrayEquals(reference, bytes, "seed " + seed);
        }
        String text = new String(reference, StandardCharsets.UTF_8);
        assertTrue(text.contains("_:b0") && text.contains("_:b1"));
    }

    @Test
    void outputIsCanonicalTrig() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        String text = new String(Converter.convertAll(project, project.ontologyFile()).get(0).trig(), StandardCharsets.UTF_8);
        List<String> prefixes = text.lines().filter(l -> l.startsWith("PREFIX ")).toList();
        List<String> sorted = new ArrayList<>(prefixes);
        Collections.sort(sorted);
        assertEquals(sorted, prefixes, "prefixes sorted by name");
        assertFalse(text.contains("PREFIX org:"), "only prefixes in use are declared");

        // subjects in natural order; one block per subject; rdf:type first
        Matcher m = Pattern.compile("(?m)^    (\\S+)\\s+(\\S+)").matcher(text);
        List<String> subjects = new ArrayList<>();
        while (m.find()) {
            subjects.add(m.group(1));
            assertEquals("rdf:type", m.group(2), "first predicate of " + m.group(1));
        }
        assertEquals(subjects.stream().distinct().count(), subjects.size(), "one block per subject");
        int s2 = subjects.indexOf("<https://w3id.org/geoclaims/source/norway-sweden-1905/sentence/2>");
        int s10 = subjects.indexOf("<https://w3id.org/geoclaims/source/norway-sweden-1905/sentence/10>");
        assertTrue(s2 >= 0 && s2 < s10, "sentence/2 before sentence/10");
        assertEquals("_:b0", subjects.get(subjects.size() - 1), "the blank node comes last");
        assertTrue(text.startsWith("PREFIX dcterms:"));
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void unchangedFilesAreNotRewritten() throws IOException {
        ProjectLayout project = ConvertFixtures.project(tmp);
        Path out = tmp.resolve("out");
        List<Written> first = Converter.convert(project, project.ontologyFile(), out);
        assertTrue(first.get(0).changed());
        Path file = out.resolve(ConvertFixtures.DOC + ".trig");
        FileTime old = FileTime.fromMillis(1_577_836_800_000L);
        Files.setLastModifiedTime(file, old);
        byte[] bytes = Files.readAllBytes(file);
        List<Written> second = Converter.convert(project, project.ontologyFile(), out);
        assertFalse(second.get(0).changed());
        assertEquals(old, Files.getLastModifiedTime(file));
        assertArrayEquals(bytes, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList(), "no temporary files left");
        }
    }
}
