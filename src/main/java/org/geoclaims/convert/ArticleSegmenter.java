package org.geoclaims.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import org.geoclaims.InputException;
import org.geoclaims.convert.SegmentedArticle.Paragraph;
import org.geoclaims.convert.SegmentedArticle.PartKind;
import org.geoclaims.convert.SegmentedArticle.Section;
import org.geoclaims.convert.SegmentedArticle.Sentence;
import org.geoclaims.convert.SegmentedArticle.Span;
import org.geoclaims.convert.SegmentedArticle.TableRow;

/**
 * Cuts an article of the site's plain-text shape into title, question, sections, table rows,
 * paragraphs and sentences. Nothing is written per article: the shape is recognised from the text.
 *
 * <p>The text is read as <em>blocks</em>, runs of non-blank lines separated by blank lines. A block
 * is <em>label-like</em> when it is one line of at most {@value #MAX_LABEL_WORDS} words that does
 * not end with {@code .}, {@code !} or {@code ?} (closing quotes aside).
 * <ol>
 *   <li>The first block is the <b>title</b> (one line).</li>
 *   <li>The second block is the <b>question</b> when it is one line not ending in {@code .} or {@code !}.</li>
 *   <li>The <b>site footer</b> starts at the first block whose first line is one of the site's
 *       closing lines ({@link #FOOTER_LINES}, case-insensitive) and runs to the end; each of its
 *       blocks is a paragraph, each line a sentence.</li>
 *   <li>The <b>summary table</b> is the block whose first line is {@value #TABLE_HEADER}; every
 *       further line of that block is a row, split into characteristic and value by
 *       {@link TableRowSplitter}; the sentences of a row are those of its value.</li>
 *   <li>The <b>introduction</b> is every block between the question and the table (without a
 *       table: the blocks up to the first label-like one).</li>
 *   <li>After the table, a label-like block directly followed by another label-like block is the
 *       site's <b>byline</b> (e.g. "shunculture"); a label-like block is otherwise a <b>heading</b>
 *       that opens a section: a FAQ section when it reads "Frequently asked questions" (or "FAQ"),
 *       a body section otherwise. Other blocks are <b>paragraphs</b> of the current section.</li>
 *   <li>Within a paragraph every line is split into sentences by {@link SentenceSplitter}; a line
 *       break always ends a sentence.</li>
 * </ol>
 * The title, question, bylines and headings are not sentences. Text that does not fit the shape
 * (an empty file, a title of several lines, a table row without a recognisable split) is reported
 * with its line.
 */
public final class ArticleSegmenter {
    private ArticleSegmenter() {}

    /** First line of the summary table, the two column headers. */
    public static final String TABLE_HEADER = "Characteristics Values";

    /** Lines the site prints after every article. */
    public static final Set<String> FOOTER_LINES = Set.of(
            "written by", "reviewed by", "share this post", "print", "did this article help you?", "leave a comment");

    static final int MAX_LABEL_WORDS = 15;

    private record Line(int begin, int end) {}

    private record Block(List<Line> lines) {
        Line first() { return lines.get(0); }
        Line last() { return lines.get(lines.size() - 1); }
        boolean singleLine() { return lines.size() == 1; }
    }

    /** Segments a text. */
    public static SegmentedArticle segment(ArticleText article) {
        return new Run(article).segment();
    }

    private static final class Run {
        final ArticleText article;
        final String text;
        final List<Section> sections = new ArrayList<>();
        final List<TableRow> rows = new ArrayList<>();
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Sentence> sentences = new ArrayList<>();

        Run(ArticleText article) {
            this.article = article;
            this.text = article.text();
        }

        SegmentedArticle segment() {
            List<Block> blocks = blocks();
            if (blocks.isEmpty())
                throw new InputException(article.file(), 1, 1, "the article is empty",
                        "Put the article's text in the file: title line, question line, introduction, table, sections.");
            Block titleBlock = blocks.get(0);
            if (!titleBlock.singleLine())
                throw fail(titleBlock.lines().get(1).begin(), "the title must be a single line followed by a blank line",
                        "The first line of the article is its title; separate it from what follows with a blank line.");
            Span title = span(titleBlock.first());

            int next = 1;
            Span question = null;
            if (blocks.size() > 1 && isQuestion(blocks.get(1))) {
                question = span(blocks.get(1).first());
                next = 2;
            }

            int footer = blocks.size();
            for (int b = next; b < blocks.size(); b++) {
                if (FOOTER_LINES.contains(lineText(blocks.get(b).first()).toLowerCase(Locale.ROOT))) { footer = b; break; }
            }
            int table = -1;
            for (int b = next; b < footer; b++) {
                if (lineText(blocks.get(b).first()).equalsIgnoreCase(TABLE_HEADER)) { table = b; break; }
            }

            // introduction
            int introEnd = next;
            if (table >= 0) introEnd = table;
            else while (introEnd < footer && !isLabelLike(blocks.get(introEnd))) introEnd++;
            if (introEnd > next) {
                int section = openSection(SectionKind.INTRODUCTION, null, null);
                for (int b = next; b < introEnd; b++) paragraph(section, blocks.get(b));
            }

            int rest = introEnd;
            if (table >= 0) {
                table(blocks.get(table));
                rest = table + 1;
            }

            // body and FAQ sections
            int current = -1;
            Span byline = null;
            for (int b = rest; b < footer; b++) {
                Block block = blocks.get(b);
                if (isLabelLike(block)) {
                    if (b + 1 < footer && isLabelLike(blocks.get(b + 1))) {
                        byline = span(block.first());
                        continue;
                    }
                    Span heading = span(block.first());
                    current = openSection(isFaqHeading(heading.text()) ? SectionKind.FAQ : SectionKind.BODY, heading, byline);
                    byline = null;
                    continue;
                }
                if (current < 0) current = openSection(SectionKind.BODY, null, byline);
                byline = null;
                paragraph(current, block);
            }

            if (footer < blocks.size()) {
                int section = openSection(SectionKind.SITE_FOOTER, null, null);
                for (int b = footer; b < blocks.size(); b++) paragraph(section, blocks.get(b));
            }
            return new SegmentedArticle(article, title, question, List.copyOf(sections), List.copyOf(rows),
                    List.copyOf(paragraphs), List.copyOf(sentences));
        }

        private void table(Block block) {
            Line header = block.first();
            int section = openSection(SectionKind.SUMMARY_TABLE, span(header), null);
            for (Line line : block.lines().subList(1, block.lines().size())) {
                String row = lineText(line);
                OptionalInt split = TableRowSplitter.valueStart(row);
                if (split.isEmpty())
                    throw fail(line.begin(), "cannot tell where the characteristic ends and the value begins in this table row",
                            "The converter splits a row where a capitalised word follows a capitalised word (see TableRowSplitter); "
                                    + "this row has no such place. The article must stay verbatim: report the row to the maintainers.");
                int valueBegin = line.begin() + split.getAsInt();
                int charEnd = valueBegin;
                while (charEnd > line.begin() && Character.isWhitespace(text.charAt(charEnd - 1))) charEnd--;
                int number = rows.size() + 1;
                rows.add(new TableRow(number, section, span(line.begin(), charEnd), span(valueBegin, line.end()),
                        article.cp(line.begin()), article.cp(line.end())));
                sentences(PartKind.ROW, number, valueBegin, line.end());
                extend(section, line.end());
            }
        }

        private void paragraph(int section, Block block) {
            int number = paragraphs.size() + 1;
            paragraphs.add(new Paragraph(number, section, article.cp(block.first().begin()), article.cp(block.last().end())));
            for (Line line : block.lines()) sentences(PartKind.PARAGRAPH, number, line.begin(), line.end());
            Section s = sections.get(section - 1);
            if (s.heading() == null && s.begin() < 0)
                sections.set(section - 1, new Section(s.number(), s.kind(), s.heading(), s.byline(), article.cp(block.first().begin()), s.end()));
            extend(section, block.last().end());
        }

        private void sentences(PartKind kind, int part, int from, int to) {
            for (SentenceSplitter.Span s : SentenceSplitter.split(text, from, to)) {
                sentences.add(new Sentence(sentences.size() + 1, kind, part, article.cp(s.begin()), article.cp(s.end()),
                        text.substring(s.begin(), s.end())));
            }
        }

        private int openSection(SectionKind kind, Span heading, Span byline) {
            int number = sections.size() + 1;
            int begin = heading == null ? -1 : heading.begin();
            int end = heading == null ? -1 : heading.end();
            sections.add(new Section(number, kind, heading, byline, begin, end));
            return number;
        }

        private void extend(int section, int charEnd) {
            Section s = sections.get(section - 1);
            sections.set(section - 1, new Section(s.number(), s.kind(), s.heading(), s.byline(), s.begin(), article.cp(charEnd)));
        }

        private boolean isQuestion(Block block) {
            if (!block.singleLine()) return false;
            String line = lineText(block.first());
            if (line.equalsIgnoreCase(TABLE_HEADER) || FOOTER_LINES.contains(line.toLowerCase(Locale.ROOT))) return false;
            String bare = stripClosers(line);
            return !(bare.endsWith(".") || bare.endsWith("!"));
        }

        private boolean isLabelLike(Block block) {
            if (!block.singleLine()) return false;
            String line = stripClosers(lineText(block.first()));
            if (line.endsWith(".") || line.endsWith("!") || line.endsWith("?") || line.endsWith("\u2026")) return false;
            return line.split("\\s+").length <= MAX_LABEL_WORDS;
        }

        private static boolean isFaqHeading(String heading) {
            String h = heading.toLowerCase(Locale.ROOT).trim();
            return h.equals("frequently asked questions") || h.equals("faq") || h.equals("faqs");
        }

        private static String stripClosers(String s) {
            int end = s.length();
            while (end > 0 && "\"')]\u201D\u2019\u00BB".indexOf(s.charAt(end - 1)) >= 0) end--;
            return s.substring(0, end);
        }

        /** Lines with their content trimmed of white space; blank lines dropped between blocks. */
        private List<Block> blocks() {
            List<Block> blocks = new ArrayList<>();
            List<Line> current = new ArrayList<>();
            int i = 0;
            while (i <= text.length()) {
                int nl = text.indexOf('\n', i);
                int lineEnd = nl < 0 ? text.length() : nl;
                int b = i;
                int e = lineEnd;
                while (b < e && Character.isWhitespace(text.charAt(b))) b++;
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (b == e) {
                    if (!current.isEmpty()) { blocks.add(new Block(List.copyOf(current))); current.clear(); }
                } else {
                    current.add(new Line(b, e));
                }
                if (nl < 0) break;
                i = nl + 1;
            }
            if (!current.isEmpty()) blocks.add(new Block(List.copyOf(current)));
            return blocks;
        }

        private String lineText(Line line) { return text.substring(line.begin(), line.end()); }

        private Span span(Line line) { return span(line.begin(), line.end()); }

        private Span span(int charBegin, int charEnd) {
            return new Span(article.cp(charBegin), article.cp(charEnd), text.substring(charBegin, charEnd));
        }

        private InputException fail(int charIndex, String problem, String hint) {
            return new InputException(article.file(), article.lineOf(charIndex), article.columnOf(charIndex), problem, hint);
        }
    }
}
