package org.geoclaims.robustness;

import java.util.List;
import java.util.Random;

/**
 * Generates malformed and hostile inputs from a seed: mutations of valid texts (characters
 * inserted, deleted, swapped, truncated), SPARQL and Turtle punctuation, injection attempts,
 * control characters, very long and deeply nested strings, and non-ASCII text.
 */
final class Fuzzer {
    private static final String[] HOSTILE = {
            "\"}", "} ; DROP ALL", "\"} ; DROP ALL #", "'); DELETE WHERE { ?s ?p ?o } #", "\n} INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "<script>alert(1)</script>", "../../../../etc/passwd", "%00", "\u0000", "\\u0022", "${jndi:ldap://x}", "#", "\r\n\r\n",
            "SELECT * { ?s ?p ?o }", "<urn:x> <urn:y> <urn:z> .", "\"\"\"", "'''", "\\", "?_x", "$1", "&", "=", "?", "@en", "^^xsd:int",
            "((((((((((", "))))))))))", "{{{{{{", "}}}}}}", "\uFFFF", "\uD800", "😀", "ä ö ü", "Пакистан", "پاکستان", " ", ""
    };
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABC0123456789 ?$<>{}()[].;,:'\"#@^_-+*/\\|=!&%\n\t\u00e9\u4e2d";

    private final Random random;

    Fuzzer(long seed) {
        this.random = new Random(seed);
    }

    String hostile() {
        return HOSTILE[random.nextInt(HOSTILE.length)];
    }

    /** A random input: a mutation of one of the seeds, a hostile string, or noise. */
    String next(List<String> seeds) {
        return switch (random.nextInt(6)) {
            case 0 -> hostile();
            case 1 -> noise(1 + random.nextInt(80));
            case 2 -> seeds.get(random.nextInt(seeds.size())) + hostile();
            case 3 -> nest(1 + random.nextInt(300));
            case 4 -> "x".repeat(1 + random.nextInt(5000));
            default -> mutate(seeds.get(random.nextInt(seeds.size())));
        };
    }

    String mutate(String s) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    String noise(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    private String nest(int depth) {
        return "SELECT * WHERE " + "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(random.nextBoolean() ? depth : depth / 2);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
