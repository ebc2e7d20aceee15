package org.geoclaims.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.geoclaims.convert.Extraction.Exclusion;
import org.geoclaims.convert.Extraction.Header;
import org.geoclaims.convert.Extraction.Item;
import org.geoclaims.convert.Extraction.ItemKind;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads an extraction file ({@code data/sources/<doc>.yaml}, UTF-8 YAML) into an {@link Extraction}:
 * checks the YAML syntax, duplicate keys, the sections and their shapes, the ids and the
 * document header. Terms, values and evidence are checked when the graph is built.
 */
public final class ExtractionReader {
    private ExtractionReader() {}

    /** Ids: lower-kebab-case, from names (docs/architecture.md, "IRIs"). */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Set<String> SECTIONS = Set.of("document", "entities", "statements", "excluded");

    public static Extraction read(Path file) {
        Yaml yaml = new Yaml(file);
        Node root = yaml.compose(ArticleText.decodeUtf8(file));
        MappingNode top = yaml.mapping(root, "an extraction file");
        Header header = null;
        List<Item> items = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (NodeTuple t : top.getValue()) {
            String key = yaml.key(t);
            switch (key) {
                case "document" -> header = header(yaml, t.getValueNode());
                case "entities" -> items.addAll(items(yaml, t.getValueNode(), ItemKind.ENTITY));
                case "statements" -> items.addAll(items(yaml, t.getValueNode(), ItemKind.STATEMENT));
                case "excluded" -> excluded.addAll(exclusions(yaml, t.getValueNode()));
                default -> throw yaml.error(t.getKeyNode(), "unknown section '" + key + "'" + Suggestions.didYouMean(key, SECTIONS),
                        "An extraction file has the sections document, entities, statements and excluded.");
            }
        }
        if (header == null)
            throw yaml.error(top, "the extraction file has no document: section",
                    "Start it with document: (id, text, language) as docs/architecture.md shows.");
        return new Extraction(file, header, List.copyOf(items), List.copyOf(excluded));
    }

    private static Header header(Yaml yaml, Node node) {
        MappingNode map = yaml.mapping(node, "document");
        String id = null;
        Node idNode = null;
        Path text = null;
        String language = "en";
        List<NodeTuple> properties = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            String key = yaml.key(t);
            Node value = t.getValueNode();
            switch (key) {
                case "id" -> {
                    id = yaml.scalar(value, "document id");
                    idNode = value;
                    checkId(yaml, value, id);
                }
                case "text" -> {
                    String name = yaml.scalar(value, "document text");
                    text = yaml.file().toAbsolutePath().getParent().resolve(name).normalize();
                    if (!Files.isRegularFile(text))
                        throw yaml.error(value, "the article file '" + name + "' does not exist (looked for " + text + ")",
                                "Name the article's text file, which lies beside this extraction file.");
                }
                case "language" -> {
                    language = yaml.scalar(value, "document language");
                    if (!LANGUAGE.matcher(language).matches())
                        throw yaml.error(value, "'" + language + "' is not a language tag", "Use a BCP 47 tag such as en or ur.");
                }
                default -> properties.add(t);
            }
        }
        if (id == null) throw yaml.error(map, "document has no id", "Add id: <doc> (lower-kebab-case); it names the source IRI, the graph and data/<doc>.trig.");
        if (text == null) throw yaml.error(map, "document has no text", "Add text: <doc>.txt, the article beside this file.");
        return new Header(id, idNode, text, language, List.copyOf(properties));
    }

    private static List<Item> items(Yaml yaml, Node node, ItemKind kind) {
        String section = kind == ItemKind.ENTITY ? "entities" : "statements";
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) return List.of();
        MappingNode map = yaml.mapping(node, section);
        List<Item> items = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            String id = yaml.key(t);
            checkId(yaml, t.getKeyNode(), id);
            MappingNode body = yaml.mapping(t.getValueNode(), "the entry '" + id + "'");
            items.add(new Item(id, kind, (ScalarNode) t.getKeyNode(), body));
        }
        return items;
    }

    private static List<Exclusion> exclusions(Yaml yaml, Node node) {
        List<Exclusion> out = new ArrayList<>();
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) return out;
        for (Node item : Yaml.items(node)) {
            MappingNode map = yaml.mapping(item, "an excluded entry");
            String text = null;
            String reason = null;
            for (NodeTuple t : map.getValue()) {
                String key = yaml.key(t);
                switch (key) {
                    case "text" -> text = yaml.scalar(t.getValueNode(), "excluded text");
                    case "reason" -> reason = yaml.scalar(t.getValueNode(), "excluded reason");
                    default -> throw yaml.error(t.getKeyNode(), "unknown key '" + key + "' in an excluded entry",
                            "An excluded entry has text: (the sentence, verbatim) and reason:.");
                }
            }
            if (text == null || reason == null)
                throw yaml.error(map, "an excluded entry needs both text and reason",
                        "Write - text: \"<the sentence>\" and reason: <why it is not extracted>.");
            out.add(new Exclusion(text, reason, map));
        }
        return out;
    }

    private static void checkId(Yaml yaml, Node node, String id) {
        if (!ID.matcher(id).matches())
            throw yaml.error(node, "'" + id + "' is not a valid id",
                    "Ids are lower-kebab-case made from names (a-z, 0-9 and single hyphens), e.g. recognition-pakistan-azerbaijan.");
    }
}
