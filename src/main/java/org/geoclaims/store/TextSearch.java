package org.geoclaims.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.geoclaims.vocab.GC;
import org.geoclaims.vocab.Prefixes;

/**
 * Free-text search over names, labels and quotes with jena-text (Apache Lucene): the dataset is
 * wrapped so that {@code text:query} finds resources by the words of their labels, alternative
 * names, titles, quoted words and evidence quotes, ranked by Lucene's score.
 *
 * <p>The index is in memory for the in-memory store and in {@code <tdb>/text-index} for a TDB2
 * store; it is rebuilt whenever the store is reloaded and kept current by jena-text on updates.
 */
public final class TextSearch {
    private TextSearch() {}

    /** The indexed predicates: whatever names a thing, or quotes what someone said. */
    public static final List<Node> INDEXED = List.of(
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(),
            DCTerms.title.asNode(),
            NodeFactory.createURI(Prefixes.SCHEMA + "name"),
            NodeFactory.createURI(Prefixes.OA + "exact"),
            NodeFactory.createURI(GC.term("quotedText")));

    private static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", "text");
        for (Node p : INDEXED) def.set("text", p);
        def.setUidField("uid");
        def.setGraphField("graph");
        def.setLangField("lang");
        return def;
    }

    /**
     * Wraps a dataset with a text index.
     *
     * @param indexDir Lucene folder, or null for an in-memory index
     * @param reindex  index every matching triple already in the dataset (a fresh or reloaded store)
     */
    public static DatasetGraph wrap(DatasetGraph dsg, Path indexDir, boolean reindex) {
        EntityDefinition def = definition();
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(true);
        Directory dir;
        try {
            dir = indexDir == null ? new ByteBuffersDirectory() : FSDirectory.open(indexDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + indexDir, e);
        }
        TextIndex index = TextDatasetFactory.createLuceneIndex(dir, config);
        if (reindex) indexAll(dsg, index, def);
        DatasetGraph text = TextDatasetFactory.create(dsg, index, true);
        text.getContext().putAll(dsg.getContext());
        return text;
    }

    private static void indexAll(DatasetGraph dsg, TextIndex index, EntityDefinition def) {
        dsg.executeRead(() -> {
            for (Node p : INDEXED) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining((Quad q) -> {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) index.addEntity(e);
                });
            }
            index.prepareCommit();
            index.commit();
        });
    }
}
