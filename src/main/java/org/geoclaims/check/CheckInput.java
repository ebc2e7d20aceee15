package org.geoclaims.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.geoclaims.InputException;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;
import org.geoclaims.store.RdfLoader;

/**
 * What {@code check} reads, parsed and sorted by role.
 *
 * <p>Each RDF file is parsed on its own (with {@link RdfLoader}, so a syntax error names the file,
 * line and column) and given a role by its content: a file that declares a SHACL shape
 * ({@code sh:NodeShape}, {@code sh:PropertyShape}) is <em>shapes</em>; otherwise a file that declares
 * an {@code owl:Ontology} is <em>ontology</em>; everything else is <em>data</em>. Violation rules are
 * the files named {@code *-violation.rq}.
 *
 * <p>Without paths, the input is the project's {@code ontology/} and {@code data/} (not the inputs of
 * {@code convert} under {@code data/sources/} and {@code data/reference/}). With paths, the input is
 * those files and folders; whatever role they do not supply (ontology, shapes, rules) is taken from
 * the project's {@code ontology/} folder, so that {@code check data/new.trig} checks one file
 * against the project's ontology, shapes and rules.
 */
public final class CheckInput {

    public enum Role {
        ONTOLOGY, SHAPES, DATA;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A file read, with its role and its number of quads. */
    public record InputFile(Path path, Role role, long triples) {}

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node SH_NODE_SHAPE = NodeFactory.createURI(SH + "NodeShape");
    private static final Node SH_PROPERTY_SHAPE = NodeFactory.createURI(SH + "PropertyShape");
    public static final String RULE_SUFFIX = "-violation.rq";

    private final ProjectLayout layout;
    private final List<InputFile> files;
    private final Graph ontology;
    private final Graph shapes;
    private final DatasetGraph data;
    private final Graph union;
    private final List<Path> ruleFiles;
    private final Map<Path, Graph> shapesByFile;

    private CheckInput(ProjectLayout layout, List<InputFile> files, Graph ontology, Graph shapes, DatasetGraph data,
                       Graph union, List<Path> ruleFiles, Map<Path, Graph> shapesByFile) {
        this.layout = layout;
        this.files = files;
        this.ontology = ontology;
        this.shapes = shapes;
        this.data = data;
        this.union = union;
        this.ruleFiles = ruleFiles;
        this.shapesByFile = shapesByFile;
    }

    /** The project's {@code ontology/} and {@code data/}. */
    public static CheckInput project(ProjectLayout layout) {
        return read(layout, List.of());
    }

    /**
     * Reads the given files and folders, or the project when {@code paths} is empty.
     *
     * @throws InputException for a missing path, a file that is not RDF, or a syntax error
     */
    public static CheckInput read(ProjectLayout layout, List<Path> paths) {
        List<Path> rdf = new ArrayList<>();
        List<Path> rules = new ArrayList<>();
        if (paths.isEmpty()) {
            rdf.addAll(RdfFiles.projectFiles(layout));
            rules.addAll(ruleFilesUnder(layout.checksDir()));
        } else {
            for (Path p : paths) {
                Path abs = p.toAbsolutePath().normalize();
                if (Files.isRegularFile(abs) && abs.getFileName().toString().endsWith(".rq")) {
                    rules.add(abs);
                    continue;
                }
                rdf.addAll(RdfFiles.rdfFilesUnder(abs, f -> !layout.isConvertInput(f)));
                if (Files.isDirectory(abs)) rules.addAll(ruleFilesUnder(abs));
            }
        }

        Map<Path, Parsed> parsed = new LinkedHashMap<>();
        for (Path f : dedupe(rdf)) parsed.put(f, parse(layout, f));

        if (!paths.isEmpty()) {
            // Roles the given paths do not supply come from the project's ontology/ folder.
            boolean hasOntology = parsed.values().stream().anyMatch(p -> p.role == Role.ONTOLOGY);
            boolean hasShapes = parsed.values().stream().anyMatch(p -> p.role == Role.SHAPES);
            if ((!hasOntology || !hasShapes) && Files.isDirectory(layout.ontologyDir())) {
                for (Path f : RdfFiles.rdfFilesUnder(layout.ontologyDir(), f -> true)) {
                    Path abs = f.toAbsolutePath().normalize();
                    if (parsed.containsKey(abs)) continue;
                    Parsed p = parse(layout, abs);
                    if ((p.role == Role.ONTOLOGY && !hasOntology) || (p.role == Role.SHAPES && !hasShapes))
                        parsed.put(abs, p);
                }
            }
            if (rules.isEmpty()) rules.addAll(ruleFilesUnder(layout.checksDir()));
        }

        Graph ontology = GraphFactory.createDefaultGraph();
        Graph shapes = GraphFactory.createDefaultGraph();
        Graph union = GraphFactory.createDefaultGraph();
        DatasetGraph data = DatasetGraphFactory.createGeneral();
        List<InputFile> files = new ArrayList<>();
        Map<Path, Graph> shapesByFile = new LinkedHashMap<>();
        for (Map.Entry<Path, Parsed> e : parsed.entrySet()) {
            Parsed p = e.getValue();
            files.add(new InputFile(e.getKey(), p.role, p.quads.stream().count()));
            switch (p.role) {
                case SHAPES -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    p.quads.find().forEachRemaining(q -> { shapes.add(q.asTriple()); g.add(q.asTriple()); });
                    shapesByFile.put(e.getKey(), g);
                }
                case ONTOLOGY -> p.quads.find().forEachRemaining(q -> {
                    ontology.add(q.asTriple());
                    union.add(q.asTriple());
                    data.add(q);     // the rules see the ontology's graph too
                });
                case DATA -> p.quads.find().forEachRemaining(q -> {
                    union.add(q.asTriple());
                    data.add(q);
                });
            }
        }
        return new CheckInput(layout, files, ontology, shapes, data, union, dedupe(rules), shapesByFile);
    }

    private record Parsed(DatasetGraph quads, Role role) {}

    private static Parsed parse(ProjectLayout layout, Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RdfLoader.parseInto(file, RdfLoader.graphFor(layout, file), StreamRDFLib.dataset(dsg));
        Role role;
        if (dsg.contains(Node.ANY, Node.ANY, RDF.type.asNode(), SH_NODE_SHAPE)
                || dsg.contains(Node.ANY, Node.ANY, RDF.type.asNode(), SH_PROPERTY_SHAPE))
            role = Role.SHAPES;
        else if (dsg.contains(Node.ANY, Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()))
            role = Role.ONTOLOGY;
        else
            role = Role.DATA;
        return new Parsed(dsg, role);
    }

    private static List<Path> ruleFilesUnder(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(RULE_SUFFIX))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> dedupe(List<Path> paths) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path p : paths) seen.add(p.toAbsolutePath().normalize());
        return new ArrayList<>(seen);
    }

    public ProjectLayout layout() { return layout; }
    public List<InputFile> files() { return files; }
    /** The ontology files' triples. */
    public Graph ontology() { return ontology; }
    /** The shapes files' triples. */
    public Graph shapes() { return shapes; }
    /** Each shapes file's triples, to name the file when its shapes cannot be read. */
    public Map<Path, Graph> shapesByFile() { return shapesByFile; }
    /** Ontology and data, each triple in the named graph it was read into. */
    public DatasetGraph dataset() { return data; }
    /** Ontology + data as one graph (no shapes). */
    public Graph union() { return union; }
    public List<Path> ruleFiles() { return ruleFiles; }

    public long triples(Role role) {
        return files.stream().filter(f -> f.role() == role).mapToLong(InputFile::triples).sum();
    }

    public boolean has(Role role) {
        return files.stream().anyMatch(f -> f.role() == role);
    }

    /** A path as a user reads it: relative to the project when inside it. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(layout.root()) ? layout.root().relativize(abs).toString() : abs.toString();
    }
}
