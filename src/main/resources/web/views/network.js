/* geoclaims network view: actors as nodes, what the graph says between them as typed edges.
   Data: queries/network-nodes.rq and queries/network-edges.rq, run against the live endpoint.
   Layout: d3-force, computed once (deterministic) with every edge; the legend hides or shows
   kinds of edges without moving the nodes. */
(function () {
  "use strict";
  const g = window.geoclaims;

  /** Edge kinds, in legend order; `dash` marks negative or contested relations. */
  const KINDS = [
    { id: "recognition", label: "recognition", color: "#2e7d32" },
    { id: "non-recognition", label: "non-recognition", color: "#c62828", dash: "7 4" },
    { id: "relations", label: "diplomatic relations", color: "#1565c0" },
    { id: "no-relations", label: "no diplomatic relations", color: "#8e24aa", dash: "7 4" },
    { id: "agreement", label: "agreement", color: "#ef6c00" },
    { id: "cooperation", label: "cooperation", color: "#00897b" },
    { id: "support", label: "support", color: "#7cb342" },
    { id: "claim", label: "claim", color: "#d81b60", dash: "2 4" },
    { id: "denial", label: "denial or rebuttal", color: "#5d4037", dash: "10 3 2 3" },
    { id: "affiliation", label: "belongs to / speaks for", color: "#9e9e9e" },
  ];
  const KIND = Object.fromEntries(KINDS.map(k => [k.id, k]));

  /** Node categories (from network-nodes.rq) with their colour and radius. */
  const CATEGORIES = [
    { id: "state", label: "state", color: "#1f5fa8", r: 15 },
    { id: "organisation", label: "organisation", color: "#6d4c41", r: 9 },
    { id: "outlet", label: "media outlet", color: "#d81b60", r: 9 },
    { id: "person", label: "person", color: "#f9a825", r: 9 },
    { id: "group", label: "group", color: "#78909c", r: 8 },
    { id: "other", label: "other", color: "#bdbdbd", r: 7 },
  ];
  const CATEGORY = Object.fromEntries(CATEGORIES.map(c => [c.id, c]));

  const figure = document.getElementById("network");
  const statusLine = document.getElementById("network-status");
  const panel = document.querySelector("#edge-panel .panel-body");
  const hidden = new Set();

  /** Nodes by IRI: the lowest-ranked category of each actor, and its label. */
  function nodesFrom(rows) {
    const nodes = new Map();
    for (const r of rows) {
      const known = nodes.get(r.node);
      if (!known || Number(r.rank) < known.rank)
        nodes.set(r.node, { iri: r.node, label: r.label || g.nameFromIri(r.node), category: r.category, rank: Number(r.rank) });
    }
    return nodes;
  }

  /** One edge per (from, to, kind), holding every statement that says it. */
  function edgesFrom(rows) {
    const edges = new Map();
    for (const r of rows) {
      const key = r.from + " " + r.to + " " + r.kind;
      if (!edges.has(key)) edges.set(key, { source: r.from, target: r.to, kind: r.kind, statements: new Map() });
      edges.get(key).statements.set(r.statement, r.label || g.nameFromIri(r.statement));
    }
    return [...edges.values()];
  }

  /** Affiliation edges are kept only where they connect, upwards, an actor of another edge. */
  function connectingEdges(edges, nodes) {
    const main = edges.filter(e => e.kind !== "affiliation");
    const reached = new Set(main.flatMap(e => [e.source, e.target]));
    const up = edges.filter(e => e.kind === "affiliation");
    const kept = [];
    let grew = true;
    while (grew) {
      grew = false;
      for (const e of up) {
        if (!kept.includes(e) && reached.has(e.source)) { kept.push(e); reached.add(e.target); grew = true; }
      }
    }
    for (const n of nodes.values()) if (n.category === "state") reached.add(n.iri);
    return { edges: main.concat(kept), nodeIris: reached };
  }

  /** Runs the force layout to its end, so every load draws the same picture. */
  function layout(nodes, edges) {
    const sim = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(edges).id(d => d.iri).distance(e => e.kind === "affiliation" ? 70 : 190).strength(0.35))
      .force("charge", d3.forceManyBody().strength(-1100))
      .force("collide", d3.forceCollide(d => CATEGORY[d.category].r + 34))
      .force("x", d3.forceX(0).strength(0.05))
      .force("y", d3.forceY(0).strength(0.08))
      .stop();
    for (let i = 0; i < 400; i++) sim.tick();
  }

  /** Edges between the same two nodes are bent apart: the path is a quadratic curve. */
  function assignBends(edges) {
    const pairs = new Map();
    for (const e of edges) {
      const key = [e.source.iri, e.target.iri].sort().join(" ");
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(e);
    }
    for (const group of pairs.values()) {
      group.forEach((e, i) => {
        const sign = e.source.iri < e.target.iri ? 1 : -1;
        e.bend = (i - (group.length - 1) / 2) * 26 * sign;
      });
    }
  }

  function edgePath(e) {
    const s = e.source, t = e.target;
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const cx = (s.x + t.x) / 2 - dy / len * e.bend, cy = (s.y + t.y) / 2 + dx / len * e.bend;
    // End the curve at the target's rim so the arrow head stays visible.
    const rt = CATEGORY[t.category].r + 3, ux = t.x - cx, uy = t.y - cy, ul = Math.hypot(ux, uy) || 1;
    return "M" + s.x + "," + s.y + " Q" + cx + "," + cy + " " + (t.x - ux / ul * rt) + "," + (t.y - uy / ul * rt);
  }

  function draw(nodes, edges) {
    const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y), pad = 90;
    const x0 = Math.min(...xs) - pad, y0 = Math.min(...ys) - pad;
    const w = Math.max(...xs) - x0 + pad, h = Math.max(...ys) - y0 + pad;
    // As tall as the layout needs at the figure's width (within bounds); the view box fits it.
    const height = Math.round(Math.min(780, Math.max(440, (figure.clientWidth || 900) * h / w)));
    const svg = d3.select(figure).append("svg")
      .attr("viewBox", [x0, y0, w, h].join(" "))
      .attr("height", height)
      .attr("role", "group")
      .attr("aria-label", "Network of " + nodes.length + " actors and " + edges.length + " kinds of relation between them");
    svg.append("title").text("Network of states, organisations, media outlets and people");

    const defs = svg.append("defs");
    for (const k of KINDS) {
      defs.append("marker").attr("id", "arrow-" + k.id).attr("viewBox", "0 -5 10 10").attr("refX", 9)
        .attr("markerWidth", 7).attr("markerHeight", 7).attr("orient", "auto")
        .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", k.color);
    }
    const layer = svg.append("g");
    svg.call(d3.zoom().scaleExtent([0.3, 4]).on("zoom", ev => layer.attr("transform", ev.transform)));

    const edge = layer.append("g").attr("class", "edges").selectAll("path").data(edges).join("path")
      .attr("class", "edge")
      .attr("data-kind", e => e.kind)
      .attr("data-from", e => g.shortId(e.source.iri))
      .attr("data-to", e => g.shortId(e.target.iri))
      .attr("stroke", e => KIND[e.kind].color)
      .attr("stroke-dasharray", e => KIND[e.kind].dash || null)
      .attr("stroke-width", e => e.kind === "affiliation" ? 1.2 : 1.8 + Math.log2(e.statements.size))
      .attr("marker-end", e => "url(#arrow-" + e.kind + ")")
      .attr("tabindex", 0)
      .attr("role", "button")
      .attr("aria-label", edgeTitle)
      .on("click", (ev, e) => showEdge(e))
      .on("keydown", (ev, e) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showEdge(e); } });
    edge.append("title").text(edgeTitle);

    const node = layer.append("g").attr("class", "nodes").selectAll("a").data(nodes).join("a")
      .attr("class", "node")
      .attr("href", n => g.pageHref(n.iri))
      .attr("data-id", n => g.shortId(n.iri))
      .attr("data-category", n => n.category)
      .attr("aria-label", n => n.label + " (" + CATEGORY[n.category].label + ")");
    node.append("title").text(n => n.label + " (" + CATEGORY[n.category].label + ") — open its page");
    node.append("circle").attr("r", n => CATEGORY[n.category].r).attr("fill", n => CATEGORY[n.category].color);
    node.append("text").attr("dy", n => CATEGORY[n.category].r + 13).attr("text-anchor", "middle").text(n => n.label);

    function place() {
      edge.attr("d", edgePath);
      node.attr("transform", n => "translate(" + n.x + "," + n.y + ")");
    }
    node.call(d3.drag().on("drag", (ev, n) => { n.x = ev.x; n.y = ev.y; place(); }));
    place();
  }

  function edgeTitle(e) {
    const n = e.statements.size;
    return e.source.label + " → " + e.target.label + ": " + KIND[e.kind].label + " (" + n + (n === 1 ? " statement)" : " statements)");
  }

  /** Lists an edge's statements, linked to their pages, in the side panel. */
  function showEdge(e) {
    const h = document.createElement("h3");
    h.textContent = e.source.label + " → " + e.target.label + " · " + KIND[e.kind].label;
    const ul = document.createElement("ul");
    for (const [iri, label] of e.statements) {
      const li = ul.appendChild(document.createElement("li"));
      const a = li.appendChild(document.createElement("a"));
      a.href = g.pageHref(iri);
      a.textContent = label;
    }
    panel.replaceChildren(h, ul);
  }

  /** The legends: edge kinds as check boxes (hide or show), node categories as a key. */
  function legends(edges, nodes) {
    const box = document.getElementById("network-edge-legend");
    for (const k of KINDS) {
      const count = new Set(edges.filter(e => e.kind === k.id).flatMap(e => [...e.statements.keys()])).size;
      if (!count) continue;
      const label = box.appendChild(document.createElement("label"));
      const input = label.appendChild(document.createElement("input"));
      input.type = "checkbox";
      input.checked = true;
      input.value = k.id;
      input.addEventListener("change", () => { input.checked ? hidden.delete(k.id) : hidden.add(k.id); applyFilter(); });
      label.insertAdjacentHTML("beforeend", '<svg class="swatch" width="30" height="10" aria-hidden="true"><line x1="1" y1="5" x2="29" y2="5" stroke="'
        + k.color + '" stroke-width="3"' + (k.dash ? ' stroke-dasharray="' + k.dash + '"' : "") + "/></svg>");
      label.append(k.label + " (" + count + ")");
    }
    const key = document.getElementById("network-node-legend");
    for (const c of CATEGORIES) {
      if (!nodes.some(n => n.category === c.id)) continue;
      const span = key.appendChild(document.createElement("span"));
      span.className = "key";
      span.innerHTML = '<svg class="swatch" width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill="' + c.color + '"/></svg>';
      span.append(c.label);
    }
  }

  /** Hides edges of unchecked kinds, and nodes left without a visible edge (states stay). */
  function applyFilter() {
    const svg = d3.select(figure);
    const shown = new Set();
    svg.selectAll("path.edge").each(function (e) {
      const visible = !hidden.has(e.kind);
      this.style.display = visible ? "" : "none";
      if (visible) { shown.add(e.source.iri); shown.add(e.target.iri); }
    });
    svg.selectAll("a.node").each(function (n) {
      this.style.display = n.category === "state" || shown.has(n.iri) ? "" : "none";
    });
  }

  /** The same edges as a table, for reading without the picture. */
  function table(edges) {
    const rows = edges.filter(e => e.kind !== "affiliation").map(e =>
      "<tr><td>" + esc(e.source.label) + "</td><td>" + esc(KIND[e.kind].label) + "</td><td>" + esc(e.target.label) + "</td><td>"
      + [...e.statements].map(([iri, label]) => '<a href="' + esc(g.pageHref(iri)) + '">' + esc(label) + "</a>").join("<br>") + "</td></tr>");
    document.getElementById("network-table").innerHTML = '<table class="edges"><thead><tr><th scope="col">from</th><th scope="col">relation</th>'
      + '<th scope="col">to</th><th scope="col">statements</th></tr></thead><tbody>' + rows.join("") + "</tbody></table>";
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  async function main() {
    const endpoint = figure.dataset.endpoint;
    try {
      const [nodeRows, edgeRows] = await Promise.all([g.select(endpoint, "network-nodes"), g.select(endpoint, "network-edges")]);
      const known = nodesFrom(nodeRows);
      const { edges: kept, nodeIris } = connectingEdges(edgesFrom(edgeRows), known);
      const nodes = [...nodeIris].map(iri => known.get(iri) || { iri: iri, label: g.nameFromIri(iri), category: "other", rank: 99 });
      nodes.sort((a, b) => a.iri < b.iri ? -1 : 1);
      const edges = kept.filter(e => nodeIris.has(e.source) && nodeIris.has(e.target));
      layout(nodes, edges);
      assignBends(edges);
      draw(nodes, edges);
      legends(edges, nodes);
      table(edges);
      const statements = new Set(edges.flatMap(e => [...e.statements.keys()]));
      g.status(statusLine, nodes.length + " nodes and " + edges.length + " edges from " + statements.size
        + " statements, read from " + endpoint + ".");
      figure.dataset.ready = "true";
    } catch (err) {
      g.status(statusLine, "The network could not be drawn: " + err.message, true);
    }
  }

  main();
})();
