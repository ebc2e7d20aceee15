package org.geoclaims.views;

import static org.geoclaims.views.ViewTesting.runViewQuery;
import static org.geoclaims.views.ViewTesting.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.geoclaims.server.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL of the network and the timeline, run over HTTP against the live endpoint of a server
 * over the repository's data, exactly as the views' script sends it: what they find, and that
 * every kind they return is one the script knows how to draw.
 */
class ViewQueriesHttpTest {
    static RunningServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = ViewTesting.bundledServer();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The kinds a view script draws: the ids of its KINDS list. */
    static Set<String> scriptKinds(String script) {
        Set<String> kinds = new TreeSet<>();
        Matcher m = Pattern.compile("\\{ id: \"([a-z-]+)\"").matcher(ViewTesting.viewResource(script));
        while (m.find()) kinds.add(m.group(1));
        return kinds;
    }

    @Test
    void networkEdgesCoverEveryKindOfRelation() {
        List<QuerySolution> rows = runViewQuery(base, "network-edges");
        Set<String> edges = new HashSet<>();
        for (QuerySolution r : rows) {
            String from = value(r, "from"), to = value(r, "to");
            assertTrue(r.get("from").isURIResource() && r.get("to").isURIResource(), "edges join resources: " + r);
            assertNotEquals(from, to, "no loops: " + r);
            edges.add(value(r, "kind") + " " + from + " " + to);
        }
        for (String expected : List.of(
                "recognition id/pakistan id/azerbaijan",
                "non-recognition id/pakistan id/armenia",
                "no-relations id/pakistan id/armenia",
                "relations id/azerbaijan id/pakistan",
                "agreement id/azerbaijan id/pakistan",
                "cooperation id/china id/pakistan",
                "cooperation id/pakistan id/azerbaijani-naval-personnel",
                "support id/turkey id/azerbaijan",
                "claim id/indian-media id/pakistan-army",
                "claim id/armenia id/turkey",
                "denial id/zahid-hafeez-chaudhri id/indian-media",
                "denial id/ilham-aliyev id/unnamed-media",
                "affiliation id/indian-media id/india"))
            assertTrue(edges.contains(expected), "missing edge " + expected);
        // A claim is an edge from the claimant to what it is about, never a fact between states.
        assertFalse(edges.stream().anyMatch(e -> e.startsWith("cooperation id/pakistan-army ")), edges.toString());
        Set<String> kinds = new TreeSet<>();
        rows.forEach(r -> kinds.add(value(r, "kind")));
        assertTrue(scriptKinds("network.js").containsAll(kinds), "network.js draws every kind: " + kinds);
        assertEquals(10, kinds.size(), kinds.toString());
    }

    @Test
    void networkNodesHaveACategoryAndALabel() {
        Map<String, String> category = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (QuerySolution r : runViewQuery(base, "network-nodes")) {
            String node = value(r, "node");
            int k = Integer.parseInt(value(r, "rank"));
            if (k < rank.getOrDefault(node, 99)) { rank.put(node, k); category.put(node, value(r, "category")); }
            assertTrue(r.contains("label"), "every actor has a label: " + node);
        }
        assertEquals("state", category.get("id/pakistan"));
        assertEquals("state", category.get("id/republic-of-artsakh"));
        assertEquals("outlet", category.get("id/freenews-am"), "an outlet is drawn as an outlet, not as an organisation");
        assertEquals("person", category.get("id/zahid-hafeez-chaudhri"));
        assertEquals("organisation", category.get("id/pakistan-foreign-office"));
        assertEquals("group", category.get("id/unnamed-media"));
    }

    /** Each timeline item: its lowest-ranked kind, dates and spans, as the script folds them. */
    record Item(String kind, Set<String> dates, Set<String> spans, boolean ongoing) {}

    static Map<String, Item> timelineItems(String base) {
        Map<String, Item> items = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (QuerySolution r : runViewQuery(base, "timeline-items")) {
            String id = value(r, "item");
            Item it = items.computeIfAbsent(id, k -> new Item(null, new TreeSet<>(), new TreeSet<>(), false));
            if (value(r, "date") != null) it.dates().add(value(r, "date"));
            if (value(r, "span") != null) it.spans().add(value(r, "span") + " " + value(r, "earliest") + ".." + value(r, "latest"));
            int k = r.contains("rank") ? Integer.parseInt(value(r, "rank")) : 1000;
            if (k < rank.getOrDefault(id, 1001)) {
                rank.put(id, k);
                items.put(id, new Item(value(r, "kind"), it.dates(), it.spans(), "true".equals(value(r, "ongoing")) || it.ongoing()));
            }
        }
        return items;
    }

    @Test
    void timelineItemsAreDatedAndKinded() {
        Map<String, Item> items = timelineItems(base);
        assertEquals(new Item("recognition", Set.of("1991"), Set.of(), false), items.get("id/recognition-pakistan-azerbaijan"));
        assertEquals("war", items.get("id/first-nagorno-karabakh-war").kind());
        assertEquals("founding", items.get("id/formation-of-the-osce-minsk-group").kind());
        assertEquals(Set.of("1992"), items.get("id/formation-of-the-osce-minsk-group").dates());
        assertEquals(new Item("agreement", Set.of("2002"), Set.of(), false), items.get("id/agreement-on-defence-and-military-cooperation-2002"));
        assertEquals(new Item("exercise", Set.of("2013-03"), Set.of(), false), items.get("id/aman-2013"));
        assertEquals(new Item("agreement-update", Set.of("2015"), Set.of(), false), items.get("id/agreement-on-military-cooperation-2014/hasUpdate-1"));
        assertEquals("claim", items.get("id/claim-indian-media-pakistani-army-fighting").kind());
        assertEquals(Set.of("2020-09"), items.get("id/claim-armenian-media-pakistani-soldiers-fighting").dates());
        assertEquals("denial", items.get("id/denial-pakistani-troops-reports-2020").kind(), "a denial is drawn as a denial, not as any statement");
        assertEquals("offensive", items.get("id/azerbaijani-offensive-2023").kind());
        assertEquals("displacement", items.get("id/displacement-of-armenians-from-nagorno-karabakh-2023").kind());
        // Approximate times: gc:TimeSpan bounds, and the start of an ongoing conflict.
        assertEquals(Set.of("during 1990..1999"), items.get("id/nagorno-karabakh-breakaway").spans());
        Item conflict = items.get("id/nagorno-karabakh-conflict");
        assertEquals(Set.of("start 1990..1999"), conflict.spans());
        assertTrue(conflict.ongoing());
        // Dated only in words: kept, to be listed under the axis.
        assertEquals(Set.of("during null..null"), items.get("id/recognition-armenia-azerbaijan").spans());

        Set<String> kinds = new TreeSet<>();
        items.values().forEach(i -> kinds.add(i.kind()));
        assertTrue(scriptKinds("timeline.js").containsAll(kinds), "timeline.js draws every kind: " + kinds);
    }

    @Test
    void timelineStatesFollowAffiliationsPropositionsAndAgreements() {
        Map<String, Set<String>> states = new HashMap<>();
        for (QuerySolution r : runViewQuery(base, "timeline-states"))
            states.computeIfAbsent(value(r, "item"), k -> new TreeSet<>()).add(value(r, "state"));
        assertEquals(Set.of("id/azerbaijan", "id/pakistan"), states.get("id/recognition-pakistan-azerbaijan"));
        assertTrue(states.get("id/claim-indian-media-pakistani-army-fighting").containsAll(Set.of("id/india", "id/pakistan")),
                "the claimant's state (through its media) and the state the claim is about");
        assertTrue(states.get("id/denial-pakistani-troops-reports-2020").contains("id/pakistan"), "made on behalf of Pakistan's government");
        assertEquals(Set.of("id/azerbaijan", "id/pakistan"), states.get("id/agreement-on-military-cooperation-2014/hasUpdate-2"),
                "an update involves the parties of its agreement");
        assertEquals(Set.of("id/soviet-union"), states.get("id/dissolution-of-the-soviet-union"));
    }
}
