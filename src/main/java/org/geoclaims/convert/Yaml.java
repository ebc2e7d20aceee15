package org.geoclaims.convert;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.geoclaims.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reading YAML node trees with their positions, and errors that point at a node. */
final class Yaml {
    private final Path file;

    Yaml(Path file) { this.file = file; }

    Path file() { return file; }

    /**
     * Composes a YAML document (node tree with marks). Syntax errors and duplicate keys in any
     * mapping are errors; an empty document is an error.
     */
    Node compose(String content) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.getFileName().toString())
                .setAllowDuplicateKeys(false)
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(content);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = "malformed YAML: " + (e.getProblem() == null ? "" : e.getProblem())
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
            throw new InputException(file, mark.map(m -> m.getLine() + 1L).orElse(-1L), mark.map(m -> m.getColumn() + 1L).orElse(-1L),
                    problem.trim(), "Fix the YAML syntax here (indentation, quotes, brackets); nothing was converted.", e);
        } catch (YamlEngineException e) {
            throw new InputException(file, -1, -1, "malformed YAML: " + e.getMessage(), "Fix the YAML syntax.", e);
        }
        if (root.isEmpty())
            throw new InputException(file, 1, 1, "the extraction file is empty", "Start it with a document: section.");
        rejectDuplicateKeys(root.get());
        return root.get();
    }

    /** Compose does not apply {@code allowDuplicateKeys}; every mapping is checked here. */
    private void rejectDuplicateKeys(Node node) {
        if (node instanceof MappingNode m) {
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    Node first = seen.putIfAbsent(k.getValue(), k);
                    if (first != null)
                        throw error(k, "duplicate key '" + k.getValue() + "' (first at line " + line(first) + ")",
                                "Each key appears once in a mapping; ids are unique. Rename or merge the entries.");
                }
                rejectDuplicateKeys(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(this::rejectDuplicateKeys);
        }
    }

    InputException error(Node node, String problem, String hint) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        return new InputException(file, mark.map(m -> m.getLine() + 1L).orElse(-1L), mark.map(m -> m.getColumn() + 1L).orElse(-1L),
                problem, hint);
    }

    static long line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1L).orElse(-1L);
    }

    MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) return m;
        throw error(node, what + " must be a mapping (key: value lines)", "Indent its entries as key: value under it.");
    }

    /** A scalar's text; null, empty and non-scalar values are errors. */
    String scalar(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getValue().isEmpty()) return s.getValue();
        if (node instanceof ScalarNode)
            throw error(node, what + " is empty", "Give a value after the colon.");
        throw error(node, what + " must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"),
                "Write it as one value on the line of its key.");
    }

    /** The items of a list, or the node itself when it is not a list. */
    static List<Node> items(Node node) {
        return node instanceof SequenceNode s ? s.getValue() : List.of(node);
    }

    static String keyText(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
    }

    String key(NodeTuple tuple) {
        String k = keyText(tuple);
        if (k == null || k.isEmpty()) throw error(tuple.getKeyNode(), "a key must be a plain name", "Write key: value.");
        return k;
    }
}
