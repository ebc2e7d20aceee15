package org.geoclaims.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.geoclaims.InputException;
import org.geoclaims.store.ProjectLayout;

/**
 * {@code geoclaims convert}: turns every extraction file {@code data/sources/*.yaml} and the article
 * it names into canonical TriG, {@code <out>/<doc>.trig}, one named graph per document.
 *
 * <p>All documents are converted in memory first; only when every one succeeded are the files
 * written, each to a temporary file in the output folder and then moved into place. A file whose
 * bytes would not change is left alone (its modification time too). On any error nothing in the
 * output folder changes.
 */
public final class Converter {
    private Converter() {}

    /** The reference file of confirmed Wikidata IDs, relative to the project. */
    public static final String WIKIDATA_IDS = "wikidata-ids.tsv";

    /** One converted document, in memory. */
    public record Converted(String doc, byte[] trig, int sentences, long entities, long statements, int evidence, long triples) {
        public String fileName() { return doc + ".trig"; }
    }

    /** One document written (or found unchanged). */
    public record Written(Converted document, Path file, boolean changed) {
        /** The summary line {@code convert} prints. */
        public String summary() {
            Converted d = document;
            return String.format("%s: %d sentences, %d entities, %d statements, %d evidence, %d triples -> %s (%s)",
                    d.doc(), d.sentences(), d.entities(), d.statements(), d.evidence(), d.triples(), file,
                    changed ? "written" : "unchanged");
        }
    }

    /** Converts the project's extraction files and writes the results into {@code outDir}. */
    public static List<Written> convert(ProjectLayout project, Path ontology, Path outDir) {
        return write(convertAll(project, ontology), outDir);
    }

    /** The extraction files of a project: {@code data/sources/*.yaml}, sorted by name. */
    public static List<Path> extractionFiles(ProjectLayout project) {
        Path sources = project.sourcesDir();
        if (!Files.isDirectory(sources))
            throw new InputException(sources, -1, -1, "no data/sources folder",
                    "Run convert in a project folder, or give it with --dir.");
        try (Stream<Path> list = Files.list(sources)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts every extraction file of the project in memory; writes nothing. */
    public static List<Converted> convertAll(ProjectLayout project, Path ontology) {
        List<Path> files = extractionFiles(project);
        TermResolver terms = TermResolver.load(ontology);
        WikidataIds wikidata = WikidataIds.load(project.referenceDir().resolve(WIKIDATA_IDS));
        List<Extraction> extractions = files.stream().map(ExtractionReader::read).toList();
        IdRegistry.checkDocuments(extractions);
        IdRegistry ids = IdRegistry.of(extractions);
        List<Converted> out = new ArrayList<>();
        for (Extraction x : extractions) out.add(convert(x, terms, ids, wikidata));
        return out;
    }

    /** Converts one extraction file; {@code ids} holds the ids of every file converted together. */
    public static Converted convert(Extraction x, TermResolver terms, IdRegistry ids, WikidataIds wikidata) {
        String doc = x.document().id();
        SegmentedArticle article = ArticleSegmenter.segment(ArticleText.read(x.document().textFile()));
        Graph g = GraphMemFactory.createDefaultGraph();
        DocumentGraphWriter.write(g, doc, article, x.document().language());
        int evidence = new ExtractionGraphWriter(x, article, terms, ids, wikidata, g).write();
        byte[] trig = CanonicalTrigWriter.write(Iris.graph(doc), g);
        return new Converted(doc, trig, article.sentences().size(), x.entityCount(), x.statementCount(), evidence, g.size());
    }

    /**
     * Writes converted documents into {@code outDir}: every changed file goes to a temporary file
     * first; the temporary files are moved into place once all are written.
     */
    public static List<Written> write(List<Converted> documents, Path outDir) {
        List<Written> result = new ArrayList<>();
        List<Path[]> moves = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (Converted d : documents) {
                Path target = outDir.resolve(d.fileName());
                boolean changed = !(Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), d.trig()));
                if (changed) {
                    Path tmp = Files.createTempFile(outDir, "." + d.doc() + ".", ".trig.tmp");
                    moves.add(new Path[] {tmp, target});
                    Files.write(tmp, d.trig());
                }
                result.add(new Written(d, target, changed));
            }
            for (Path[] move : moves) {
                try {
                    Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move[0], move[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            for (Path[] move : moves) {
                try {
                    Files.deleteIfExists(move[0]);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after its document
                }
            }
            throw new UncheckedIOException("cannot write into " + outDir + ": " + e.getMessage(), e);
        }
        return result;
    }
}
