package org.geoclaims.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.geoclaims.InputException;
import org.geoclaims.vocab.GC;

/**
 * Parses RDF files with RIOT into quads. Triples outside any named graph go to the file's own
 * graph, {@code https://w3id.org/geoclaims/graph/<path without extension>}; named graphs in TriG
 * and N-Quads files keep their names. A syntax error stops everything with the file, line,
 * column and RIOT's message.
 */
public final class RdfLoader {
    private RdfLoader() {}

    /** The named graph that holds the triples of a Turtle or N-Triples file. */
    public static Node graphFor(ProjectLayout layout, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(layout.root()) ? layout.root().relativize(abs) : abs.getFileName();
        String name = rel.toString().replace('\\', '/');
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return NodeFactory.createURI(GC.graph(name));
    }

    /** Parses every file into one fresh in-memory dataset; nothing is returned when one file fails. */
    public static DatasetGraph parseAll(ProjectLayout layout, List<Path> files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (Path file : files)
                parseInto(file, graphFor(layout, file), StreamRDFLib.dataset(dsg));
        });
        return dsg;
    }

    /**
     * Parses one file into {@code dest}, sending default-graph triples to {@code fileGraph}.
     *
     * @throws InputException with the position of the first error
     */
    public static void parseInto(Path file, Node fileGraph, StreamRDF dest) {
        parse(file, fileGraph, dest, false);
    }

    /**
     * As {@link #parseInto}, but the parser runs on its own thread and hands quads over in
     * chunks, so parsing and what {@code dest} does overlap (a bulk load on two cores).
     */
    public static void parseIntoAsync(Path file, Node fileGraph, StreamRDF dest) {
        parse(file, fileGraph, dest, true);
    }

    private static void parse(Path file, Node fileGraph, StreamRDF dest, boolean async) {
        Lang lang = RdfFiles.langOf(file).orElseThrow(() -> new InputException(file, -1, -1,
                "not an RDF file (expected .ttl, .trig, .nt or .nq)", "Rename the file with the extension of its syntax."));
        if (Files.isDirectory(file))
            throw new InputException(file, -1, -1, "a folder, not a file", "Give the path of an RDF file.");
        if (!Files.isReadable(file))
            throw new InputException(file, -1, -1, "cannot read the file", "Check that it exists and is readable.");
        Utf8Check.check(file);
        StreamRDF toGraph = new StreamRDFWrapper(dest) {
            @Override public void triple(Triple t) { other.quad(Quad.create(fileGraph, t)); }
            @Override public void quad(Quad q) {
                other.quad(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q);
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            RDFParserBuilder parser = RDFParser.source(in)
                    .lang(lang)
                    .base(file.toUri().toString())
                    .errorHandler(new FailingErrorHandler(file));
            if (async) AsyncParser.of(parser).setChunkSize(10_000).asyncParseSources(toGraph).run();
            else parser.parse(toGraph);
        } catch (InputException e) {
            throw e;
        } catch (RiotException e) {
            throw new InputException(file, -1, -1, e.getMessage(), "Fix the syntax of the file.", e);
        } catch (RuntimeIOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String what = cause instanceof CharacterCodingException ? "the file is not valid UTF-8" : cause.getMessage();
            throw new InputException(file, -1, -1, what, "Save the file as UTF-8.", e);
        } catch (IOException e) {
            throw new InputException(file, -1, -1, "cannot read the file: " + e.getMessage(), "Check the file.", e);
        } catch (RuntimeException e) {
            if (async && e.getCause() instanceof InputException ie) throw ie;
            throw e;
        }
    }

    /** Turns RIOT errors into {@link InputException}s that carry the position. */
    private static final class FailingErrorHandler implements ErrorHandler {
        private final Path file;

        FailingErrorHandler(Path file) { this.file = file; }

        @Override public void warning(String message, long line, long col) {
            System.err.println(new InputException(file, line, col, "warning: " + message, null).describe());
        }

        @Override public void error(String message, long line, long col) {
            throw new InputException(file, line, col, message, "Fix the syntax at this position; nothing was loaded.");
        }

        @Override public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
