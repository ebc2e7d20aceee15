package org.geoclaims.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/**
 * Shared loading for the ontology tests: the project's ontology and shapes (paths relative to the
 * project folder, where Maven runs the tests), fixtures under {@code src/test/resources/ontology},
 * and OWL API / HermiT set up the way geoclaims needs them.
 */
final class OntologyTestSupport {
    private OntologyTestSupport() {}

    static final Path ONTOLOGY = Path.of("ontology", "geoclaims.ttl");
    static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    static final Path FIXTURES = Path.of("src", "test", "resources", "ontology");
    static final Path DATA = Path.of("data");
    static final Path COMPETENCY = Path.of("src", "test", "resources", "competency");

    /** The ontology as plain RDF (Jena). */
    static Model ontologyModel() {
        return RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    /** The ontology alone, parsed by the OWL API. */
    static OWLOntology owlOntology() {
        return owl(ontologyModel());
    }

    /**
     * The union of RDF graphs parsed by the OWL API as one ontology. Data is parsed together with the
     * ontology, not as a separate document, so that the parser sees the declarations and reads
     * {@code x gc:recognizer y} as an object property assertion rather than an annotation.
     */
    static OWLOntology owl(Model... models) {
        Model union = ModelFactory.createDefaultModel();
        for (Model m : models) union.add(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, union, Lang.TURTLE);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        try {
            return manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(new ByteArrayInputStream(out.toByteArray())));
        } catch (OWLOntologyCreationException e) {
            throw new AssertionError("the OWL API cannot parse the graph: " + e.getMessage(), e);
        }
    }

    /**
     * HermiT as geoclaims runs it. xsd:date, xsd:gYearMonth and xsd:gYear (the ranges of gc:date and
     * its kin) are outside the OWL 2 datatype map, so HermiT must ignore unsupported datatypes
     * rather than fail; literals of those types are then not reasoned over.
     */
    static Reasoner hermit(OWLOntology ontology) {
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true;
        return new Reasoner(configuration, ontology);
    }

    /**
     * The converted documents, {@code data/*.trig}, as one model: every named graph merged. Fails when
     * there are none (the extraction is committed together with its conversion).
     */
    static Model convertedData() {
        List<Path> files;
        try (Stream<Path> list = Files.list(DATA)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".trig")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) throw new AssertionError("no data/*.trig: run geoclaims convert and commit its output");
        Model data = ModelFactory.createDefaultModel();
        for (Path f : files) {
            org.apache.jena.query.Dataset ds = RDFDataMgr.loadDataset(f.toString());
            data.add(ds.getDefaultModel());
            ds.listModelNames().forEachRemaining(name -> data.add(ds.getNamedModel(name)));
        }
        return data;
    }

    static Model load(Path file) {
        return RDFDataMgr.loadModel(file.toString());
    }

    /** Files with the extension in a fixture folder, sorted by name. */
    static List<Path> fixtures(String folder, String extension) {
        Path dir = FIXTURES.resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
            if (list.isEmpty()) throw new AssertionError("no *" + extension + " fixtures in " + dir);
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
