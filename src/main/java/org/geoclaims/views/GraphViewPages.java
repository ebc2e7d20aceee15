package org.geoclaims.views;

import static org.geoclaims.web.Html.esc;

import org.geoclaims.web.Html;

/**
 * The pages of the views drawn in the browser (network, timeline) and the index of all views.
 * Each page is a shell: the script fetches the view's SPARQL ({@code /static/views/queries/*.rq})
 * and runs it against the live endpoint named in {@code data-endpoint}.
 */
final class GraphViewPages {
    private GraphViewPages() {}

    private static String head(String script) {
        return "<link rel=\"stylesheet\" href=\"/static/views/views.css\">\n"
                + "<script src=\"/webjars/d3/7.9.0/dist/d3.min.js\" defer></script>\n"
                + "<script src=\"/static/views/sparql.js\" defer></script>\n"
                + "<script src=\"/static/views/" + script + "\" defer></script>";
    }

    static String network(String endpoint) {
        String body = """
                <h1>Network</h1>
                <p>States, organisations, media outlets and people, linked by what the graph says about them:
                recognition, non-recognition, diplomatic relations, agreements, cooperation, support, claims and
                denials. Select a node to open its page; select an edge to list its statements. Drag nodes to
                rearrange them; scroll to zoom.</p>
                <div class="view-controls">
                <fieldset class="legend" id="network-edge-legend"><legend>Edges (select to show or hide)</legend></fieldset>
                <fieldset class="legend" id="network-node-legend"><legend>Nodes</legend></fieldset>
                </div>
                <p class="view-status" id="network-status" role="status">Loading the network from the SPARQL endpoint…</p>
                <div class="network-layout">
                <figure class="view-figure" id="network" data-endpoint="%s" aria-describedby="network-status"></figure>
                <aside class="edge-panel" id="edge-panel" aria-live="polite"><h2>Statements</h2>
                <p class="panel-hint">Select an edge to list the statements behind it.</p><div class="panel-body"></div></aside>
                </div>
                <details class="as-table"><summary>The edges as a table</summary><div id="network-table"></div></details>
                """.formatted(esc(endpoint));
        return Html.page("Network", head("network.js"), body);
    }

    static String timeline(String endpoint) {
        String body = """
                <h1>Timeline</h1>
                <p>Everything the graph dates, on one time axis: recognitions, agreements and their updates,
                exercises, wars and offensives, claims and their denials, displacement, foundings and statements.
                A year (<code>xsd:gYear</code>) is drawn over the whole year, a month over the month, and an
                approximate time (a <code>gc:TimeSpan</code> such as “the early 1990s”) from its earliest to its
                latest date, hatched. Select an item to open its page.</p>
                <div class="view-controls">
                <label class="state-filter">State <select id="timeline-state"><option value="">all states</option></select></label>
                <fieldset class="legend" id="timeline-legend"><legend>Kinds (select to show or hide)</legend></fieldset>
                </div>
                <p class="view-status" id="timeline-status" role="status">Loading the timeline from the SPARQL endpoint…</p>
                <figure class="view-figure" id="timeline" data-endpoint="%s" aria-describedby="timeline-status"></figure>
                <section class="undated" id="timeline-undated" hidden><h2>Not on the axis</h2>
                <p>These are dated only in words the graph does not turn into dates.</p><ul></ul></section>
                """.formatted(esc(endpoint));
        return Html.page("Timeline", head("timeline.js"), body);
    }

    static String index() {
        String body = """
                <h1>Views</h1>
                <ul class="views-index">
                <li><a href="/views/network">Network</a>: who recognises, supports, cooperates with, claims or denies what about whom.</li>
                <li><a href="/views/timeline">Timeline</a>: recognitions, agreements, exercises, wars, claims and denials in time.</li>
                <li><a href="/views/sources">Sources</a>: the articles, with the sentences that support each statement highlighted.</li>
                </ul>
                """;
        return Html.page("Views", body);
    }
}
