package org.geoclaims.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.geoclaims.InputException;

/**
 * One violation query, {@code <name>-violation.rq}: a SPARQL SELECT whose rows are the offending
 * resources ({@code ?resource}, plus an optional {@code ?detail} saying what is wrong with it).
 * A leading comment block documents the rule (a key line is {@code # Key: text}; indented comment
 * lines continue the key above):
 *
 * <pre>
 * # Guards: what must hold (one or more lines)
 * # Why: why it matters
 * # Severity: error | warning | info      (optional; default error)
 * </pre>
 *
 * A rule file that does not parse, is not a SELECT, does not project {@code ?resource}, or lacks
 * {@code Guards:} or {@code Why:} is bad input: {@code check} stops with exit code 2 and names the
 * file and line.
 */
public record ViolationRule(String name, Path file, String guards, String why, Severity severity, Query query) {

    public static final String RESOURCE = "resource";
    public static final String DETAIL = "detail";

    public static ViolationRule read(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(CheckInput.RULE_SUFFIX)) name = name.substring(0, name.length() - CheckInput.RULE_SUFFIX.length());
        else if (name.endsWith(".rq")) name = name.substring(0, name.length() - 3);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, -1, -1, "cannot read the rule: " + e.getMessage(), "Check the file.", e);
        }
        Map<String, String> header = header(text);
        Query q;
        try {
            q = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            // The parser's message names the token it stopped at; its line/column fields may point earlier.
            long line = e.getLine();
            long col = e.getColumn();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)").matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                line = Long.parseLong(m.group(1));
                col = Long.parseLong(m.group(2));
            }
            throw new InputException(file, line, col, "SPARQL syntax error: " + firstLine(e.getMessage()),
                    "Fix the query; nothing was checked.", e);
        }
        if (!q.isSelectType())
            throw new InputException(file, -1, -1, "a violation rule must be a SELECT query",
                    "Write SELECT ?resource ?detail WHERE { ... } returning the offending resources.");
        if (!q.getResultVars().contains(RESOURCE))
            throw new InputException(file, -1, -1, "a violation rule must select ?resource",
                    "Return the offending resource as ?resource (and optionally ?detail).");
        String guards = header.get("guards");
        String why = header.get("why");
        if (guards == null || why == null)
            throw new InputException(file, 1, 1, "the rule's header comment must say what it guards and why",
                    "Start the file with '# Guards: ...' and '# Why: ...' comment lines.");
        Severity severity = Severity.ERROR;
        if (header.containsKey("severity")) {
            severity = Severity.parse(header.get("severity"));
            if (severity == null)
                throw new InputException(file, lineOf(text, "Severity:"), 1, "unknown severity '" + header.get("severity") + "'",
                        "Use error, warning or info.");
        }
        return new ViolationRule(name, file, guards, why, severity, q);
    }

    /** The leading {@code # Key: text} lines; a comment line without a key continues the previous key. */
    static Map<String, String> header(String text) {
        Map<String, String> h = new LinkedHashMap<>();
        String key = null;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                key = null;
                continue;
            }
            if (!t.startsWith("#")) break;
            String afterHash = t.replaceFirst("^#+", "");
            String body = afterHash.strip();
            // "# Key: text" starts a key (a capitalised word right after "# "); indented lines continue it.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^ ?([A-Z][A-Za-z]*):\\s*(.*)$").matcher(afterHash);
            if (m.matches()) {
                key = m.group(1).toLowerCase(java.util.Locale.ROOT);
                h.put(key, m.group(2).strip());
            } else if (key != null && !body.isEmpty()) {
                h.put(key, (h.get(key) + " " + body).strip());
            }
        }
        return h;
    }

    private static long lineOf(String text, String marker) {
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(marker)) return i + 1;
        return -1;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
