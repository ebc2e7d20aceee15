package org.geoclaims.views;

import static org.geoclaims.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.geoclaims.linkeddata.PublicBase;
import org.geoclaims.web.Html;

/**
 * The source view of one document: the article as it reads (title, question, sections with their
 * headings, the summary table, paragraphs, bylines), written from the RDF (nif:isString and the
 * offsets of its parts). Every sentence has {@code id="sentence-N"}; a sentence that is evidence
 * for a statement is highlighted and tells, on hover, focus or click, which statements it
 * supports. Quotes taken from the title, the question, headings, table characteristics or bylines
 * are highlighted the same way.
 */
final class SourcePage {
    private final SourceDocument doc;
    private final SourceText text;
    /** The statement lists, one per highlighted element, written after the article. */
    private final StringBuilder lists = new StringBuilder();
    private int highlightedSentences;

    private SourcePage(SourceDocument doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    static String render(SourceDocument doc) {
        return new SourcePage(doc).page();
    }

    private String page() {
        String article = article();
        String title = doc.title() == null ? doc.id() : doc.title();
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"breadcrumb\"><a href=\"/views/sources\">Sources</a> › ").append(esc(title)).append("</p>\n");
        b.append("<div class=\"source-layout\">\n");
        b.append(article);
        b.append("""
                <aside id="statement-panel" class="statement-panel" aria-live="polite" aria-label="Statements supported by the selected text">
                <h2>Statements</h2>
                <p class="panel-hint">%d highlighted sentences support statements of the graph. Hover over one, or reach it with
                the Tab key, to see the statements it supports; click it (or press Enter) to keep them here.</p>
                <div class="panel-body"></div>
                </aside>
                </div>
                """.formatted(highlightedSentences));
        b.append("<div id=\"statement-lists\" hidden>\n").append(lists).append("</div>\n");
        String head = "<link rel=\"stylesheet\" href=\"/static/views/views.css\">\n"
                + "<script src=\"/static/views/sources.js\" defer></script>";
        return Html.page(title, head, b.toString());
    }

    private String article() {
        StringBuilder b = new StringBuilder("<article class=\"source-text\" lang=\"en\">\n");
        int firstSection = doc.sections().isEmpty() ? text.length() : doc.sections().get(0).begin();
        header(b, 0, firstSection);
        int previousEnd = firstSection;
        for (SourceDocument.Part section : doc.sections()) {
            bylines(b, previousEnd, section.begin());
            section(b, section);
            previousEnd = Math.max(previousEnd, section.end());
        }
        bylines(b, previousEnd, text.length());
        b.append("</article>\n");
        return b.toString();
    }

    /** The lines before the first section: the title, the question the article answers, anything else as paragraphs. */
    private void header(StringBuilder b, int begin, int end) {
        b.append("<header class=\"source-header\">\n");
        boolean titled = false;
        for (int[] line : lines(begin, end)) {
            String s = text.slice(line[0], line[1]);
            if (!titled && s.equals(doc.title())) {
                b.append("<h1>").append(marked(line[0], line[1])).append("</h1>\n");
                titled = true;
            } else if (s.equals(doc.question())) {
                b.append("<p class=\"question\"><span class=\"muted\">The question it answers:</span> ")
                 .append(marked(line[0], line[1])).append("</p>\n");
            } else {
                b.append("<p>").append(prose(line[0], line[1])).append("</p>\n");
            }
        }
        if (!titled) b.append("<h1>").append(esc(doc.title() == null ? doc.id() : doc.title())).append("</h1>\n");
        b.append("<p class=\"source-meta muted\">");
        if (doc.publisher() != null) b.append("Published by ").append(esc(doc.publisher())).append(" · ");
        b.append(doc.sentences().size()).append(" sentences · ")
         .append(doc.statements().size()).append(" statements and entities with evidence here · ")
         .append("<a href=\"").append(esc(PublicBase.pageHref(doc.iri()))).append("\">about this document</a></p>\n");
        b.append("</header>\n");
    }

    /** Text between sections (the site's byline before each section). */
    private void bylines(StringBuilder b, int begin, int end) {
        for (int[] line : lines(begin, end))
            b.append("<p class=\"byline\">").append(prose(line[0], line[1])).append("</p>\n");
    }

    private void section(StringBuilder b, SourceDocument.Part section) {
        String kind = section.sectionKind() == null ? "" : section.sectionKind();
        b.append("<section class=\"source-section ").append(esc(kebab(kind))).append("\" id=\"section-")
         .append(section.number()).append("\">\n");
        int contentBegin = section.begin();
        if (section.heading() != null) {
            int headingEnd = section.begin() + SourceText.length(section.heading());
            boolean inText = text.slice(section.begin(), headingEnd).equals(section.heading());
            b.append("<h2>").append(inText ? marked(section.begin(), headingEnd) : esc(section.heading())).append("</h2>\n");
            if (inText) contentBegin = headingEnd;
        }
        List<SourceDocument.Part> blocks = doc.blocks().stream()
                .filter(p -> section.iri().equals(p.container())).toList();
        boolean table = SourceDocument.TABLE_SECTION.equals(kind) || blocks.stream().anyMatch(SourceDocument.Part::isRow);
        if (table) b.append("<table class=\"source-table\">\n<tbody>\n");
        for (SourceDocument.Part block : blocks) {
            if (block.isRow()) row(b, block);
            else paragraph(b, block);
        }
        if (table) b.append("</tbody>\n</table>\n");
        if (blocks.isEmpty()) for (int[] line : lines(contentBegin, section.end()))
            b.append("<p>").append(prose(line[0], line[1])).append("</p>\n");
        b.append("</section>\n");
    }

    private void paragraph(StringBuilder b, SourceDocument.Part p) {
        b.append("<p id=\"paragraph-").append(p.number()).append("\">").append(prose(p.begin(), p.end())).append("</p>\n");
    }

    /** A table row: the characteristic (its first words) and the value (the rest, made of sentences). */
    private void row(StringBuilder b, SourceDocument.Part row) {
        int characteristicEnd = row.begin() + SourceText.length(row.characteristic());
        boolean inText = text.slice(row.begin(), characteristicEnd).equals(row.characteristic());
        int valueBegin = inText ? characteristicEnd : row.begin();
        b.append("<tr id=\"row-").append(row.number()).append("\"><th scope=\"row\">")
         .append(inText ? marked(row.begin(), characteristicEnd) : esc(row.characteristic()))
         .append("</th><td>").append(prose(valueBegin, row.end()).strip()).append("</td></tr>\n");
    }

    /**
     * The text of {@code [begin, end)}: each sentence inside it in its own element, the text
     * between sentences as it is; a stretch without sentences (a title, a byline) highlighted
     * when a quote was taken from it.
     */
    private String prose(int begin, int end) {
        List<SourceDocument.Part> inside = doc.sentences().stream()
                .filter(s -> s.begin() >= begin && s.end() <= end).toList();
        if (inside.isEmpty()) return marked(begin, end);
        StringBuilder b = new StringBuilder();
        int at = begin;
        for (SourceDocument.Part s : inside) {
            if (s.begin() > at) b.append(esc(text.slice(at, s.begin())));
            b.append(sentence(s));
            at = Math.max(at, s.end());
        }
        if (at < end) b.append(esc(text.slice(at, end)));
        return b.toString();
    }

    private String sentence(SourceDocument.Part s) {
        String id = "sentence-" + s.number();
        String body = esc(text.slice(s.begin(), s.end()));
        List<SourceDocument.Quote> quotes = doc.quotesInSentence(s.number());
        if (quotes.isEmpty()) return "<span class=\"sentence\" id=\"" + id + "\">" + body + "</span>";
        highlightedSentences++;
        list(id, "Sentence " + s.number(), quotes);
        return "<span class=\"sentence supports\" id=\"" + id + "\" tabindex=\"0\" role=\"button\" aria-describedby=\"statements-"
                + id + "\" data-statements=\"statements-" + id + "\">" + body + "</span>";
    }

    /** Text outside sentences, highlighted when a quote was taken from it. */
    private String marked(int begin, int end) {
        String body = esc(text.slice(begin, end));
        List<SourceDocument.Quote> quotes = doc.quotesOutsideSentences(begin, end);
        if (quotes.isEmpty()) return body;
        String id = "text-" + begin;
        list(id, "“" + text.slice(begin, end) + "”", quotes);
        return "<mark class=\"supports\" id=\"" + id + "\" tabindex=\"0\" role=\"button\" aria-describedby=\"statements-" + id
                + "\" data-statements=\"statements-" + id + "\">" + body + "</mark>";
    }

    /** The list of statements that quotes from one highlighted element support, with links to their pages. */
    private void list(String forId, String what, List<SourceDocument.Quote> quotes) {
        Map<String, List<SourceDocument.Quote>> byStatement = new LinkedHashMap<>();
        List<SourceDocument.Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparing((SourceDocument.Quote q) -> name(q.statement()).name()));
        for (SourceDocument.Quote q : sorted) byStatement.computeIfAbsent(q.statement(), k -> new ArrayList<>()).add(q);
        int n = byStatement.size();
        lists.append("<div class=\"statement-list\" id=\"statements-").append(forId).append("\" data-for=\"").append(forId).append("\">\n")
             .append("<h3>").append(esc(what)).append(" supports ").append(n).append(n == 1 ? " statement" : " statements").append("</h3>\n<ul>\n");
        byStatement.forEach((statement, qs) -> {
            SourceDocument.StatementName name = name(statement);
            lists.append("<li><a class=\"statement\" href=\"").append(esc(PublicBase.pageHref(statement))).append("\">")
                 .append(esc(name.name())).append("</a>");
            if (!name.kind().isEmpty()) lists.append(" <span class=\"tag\">").append(esc(name.kind())).append("</span>");
            for (SourceDocument.Quote q : qs) lists.append("<q>").append(esc(q.exact())).append("</q>");
            lists.append("</li>\n");
        });
        lists.append("</ul>\n</div>\n");
    }

    private SourceDocument.StatementName name(String statement) {
        return doc.statements().getOrDefault(statement, new SourceDocument.StatementName(statement, ""));
    }

    /** The non-blank lines of {@code [begin, end)} as code-point ranges, trimmed. */
    private List<int[]> lines(int begin, int end) {
        List<int[]> out = new ArrayList<>();
        String s = text.slice(begin, end);
        int at = begin;
        for (String line : s.split("\n", -1)) {
            int len = SourceText.length(line);
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                int lead = SourceText.length(line.substring(0, line.indexOf(stripped)));
                out.add(new int[] { at + lead, at + lead + SourceText.length(stripped) });
            }
            at += len + 1;
        }
        return out;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
