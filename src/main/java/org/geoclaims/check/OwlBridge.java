package org.geoclaims.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/**
 * Hands triples parsed by Jena to OWLAPI: the graph is written as N-Triples to a buffer that
 * OWLAPI's parser reads, so that OWLAPI applies the OWL 2 RDF mapping (declarations, negative
 * property assertions, property chains) itself. {@code owl:imports} are dropped: geoclaims declares
 * the external terms it uses and checks only local files, never the network.
 */
final class OwlBridge {
    private OwlBridge() {}

    static final String DOCUMENT_IRI = "urn:geoclaims:check";

    /** A loaded ontology and the imports left out. */
    record Loaded(OWLOntology ontology, Set<String> droppedImports) {
        OWLOntologyManager manager() { return ontology.getOWLOntologyManager(); }
    }

    static Loaded toOwl(Graph graph) {
        Graph g = GraphFactory.createDefaultGraph();
        Set<String> imports = new TreeSet<>();
        graph.find().forEachRemaining((Triple t) -> {
            if (t.getPredicate().equals(OWL2.imports.asNode())) {
                Node o = t.getObject();
                imports.add(o.isURI() ? o.getURI() : o.toString());
            } else {
                g.add(t);
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, g, Lang.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
                .setReportStackTraces(false);
        try {
            OWLOntology ont = manager.loadOntologyFromOntologyDocument(
                    new StreamDocumentSource(new ByteArrayInputStream(bytes.toByteArray()), IRI.create(DOCUMENT_IRI),
                            new NTriplesDocumentFormat(), "application/n-triples"),
                    config);
            return new Loaded(ont, imports);
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("OWLAPI could not read triples Jena parsed: " + e.getMessage(), e);
        }
    }
}
