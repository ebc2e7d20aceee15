package org.geoclaims.convert;

import java.nio.file.Path;
import java.util.List;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * One extraction file as read: the document header, the entries of {@code entities} and
 * {@code statements} (their bodies still YAML nodes, so that every later error can name its line),
 * and the excluded sentences.
 */
public record Extraction(Path file, Header document, List<Item> items, List<Exclusion> excluded) {

    /**
     * The {@code document:} section.
     *
     * @param properties the entries other than id, text and language: ontology properties of the document
     */
    public record Header(String id, Node idNode, Path textFile, String language, List<NodeTuple> properties) {}

    public enum ItemKind { ENTITY, STATEMENT }

    /** An entry of {@code entities} or {@code statements}. */
    public record Item(String id, ItemKind kind, ScalarNode key, MappingNode body) {}

    /** An entry of {@code excluded}: a sentence's exact text and why it is left out. */
    public record Exclusion(String text, String reason, Node node) {}

    public long statementCount() { return items.stream().filter(i -> i.kind() == ItemKind.STATEMENT).count(); }

    public long entityCount() { return items.stream().filter(i -> i.kind() == ItemKind.ENTITY).count(); }
}
