package org.geoclaims.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.geoclaims.InputException;

/**
 * The confirmed Wikidata IDs of {@code data/reference/wikidata-ids.tsv}: tab-separated, first
 * column the label, second the Q-ID; lines starting with {@code #} are comments. A file that does
 * not exist holds no IDs.
 */
public final class WikidataIds {
    private final Path file;
    private final boolean present;
    private final Map<String, Set<String>> labelsById;

    private WikidataIds(Path file, boolean present, Map<String, Set<String>> labelsById) {
        this.file = file;
        this.present = present;
        this.labelsById = labelsById;
    }

    public static WikidataIds load(Path file) {
        Map<String, Set<String>> labels = new HashMap<>();
        if (!Files.isRegularFile(file)) return new WikidataIds(file, false, labels);
        String[] lines = ArticleText.decodeUtf8(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || !cols[1].trim().matches("Q[1-9][0-9]*"))
                throw new InputException(file, i + 1, 1, "expected a label, a tab and a Wikidata ID (Q…)",
                        "Each line is: label<TAB>Q-ID[<TAB>more columns]; comments start with #.");
            labels.computeIfAbsent(cols[1].trim(), k -> new LinkedHashSet<>()).add(cols[0].trim());
        }
        return new WikidataIds(file, true, labels);
    }

    public Path file() { return file; }

    /** False when the file does not exist. */
    public boolean present() { return present; }

    /** The labels the file lists for an ID (empty when the ID is not listed). */
    public Set<String> labels(String qid) {
        return labelsById.getOrDefault(qid, Set.of());
    }
}
