package org.geoclaims.views;

import static org.geoclaims.web.Html.esc;

import java.util.List;

import org.geoclaims.linkeddata.PublicBase;
import org.geoclaims.web.Html;

/** {@code /views/sources}: the source documents, each linked to its source view. */
final class SourceListPage {
    private SourceListPage() {}

    static String render(List<SourceDocuments.Summary> documents) {
        StringBuilder b = new StringBuilder("<h1>Sources</h1>\n");
        b.append("<p>The documents the graph was read from. Open one to read it with every sentence that supports a "
                + "statement highlighted, and the statements each supports.</p>\n");
        if (documents.isEmpty()) {
            b.append("<p class=\"empty\">No source documents are loaded.</p>\n");
            return Html.page("Sources", b.toString());
        }
        b.append("<table class=\"sources\">\n<thead><tr><th scope=\"col\">document</th><th scope=\"col\">publisher</th>")
         .append("<th scope=\"col\">sentences</th><th scope=\"col\">highlighted</th><th scope=\"col\">statements with evidence</th>")
         .append("<th scope=\"col\">data</th></tr></thead>\n<tbody>\n");
        for (SourceDocuments.Summary d : documents) {
            b.append("<tr><td><a class=\"source-view\" href=\"").append(esc(PublicBase.sourceViewHref(d.iri(), null))).append("\">")
             .append(esc(d.title() == null ? d.id() : d.title())).append("</a></td><td>").append(esc(d.publisher() == null ? "" : d.publisher()))
             .append("</td><td>").append(d.sentences()).append("</td><td>").append(d.supportingSentences())
             .append("</td><td>").append(d.statements()).append("</td><td><a href=\"").append(esc(PublicBase.pageHref(d.iri())))
             .append("\">resource page</a></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return Html.page("Sources", b.toString());
    }
}
