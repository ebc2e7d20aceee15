// Draws the class diagram of the ontology documentation page with d3-force: classes as boxes,
// subclass links in grey, object properties (domain -> range) in blue. Data is embedded in the page.
(function () {
  const data = JSON.parse(document.getElementById("ontology-diagram-data").textContent);
  const svg = d3.select("#ontology-diagram");
  const width = svg.node().getBoundingClientRect().width || 1000, height = +svg.attr("height");
  svg.append("defs").selectAll("marker").data(["subclass", "property"]).join("marker")
    .attr("id", d => "arrow-" + d).attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("markerWidth", 7).attr("markerHeight", 7)
    .attr("orient", "auto").append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", d => d === "subclass" ? "#999" : "#1f5fa8");
  const view = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.2, 3]).on("zoom", e => view.attr("transform", e.transform)));
  const sim = d3.forceSimulation(data.nodes)
    .force("link", d3.forceLink(data.links).id(d => d.id).distance(d => d.kind === "subclass" ? 60 : 130))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("collide", d3.forceCollide(48));
  const link = view.append("g").selectAll("line").data(data.links).join("line")
    .attr("class", d => "link " + d.kind).attr("stroke", d => d.kind === "subclass" ? "#999" : "#1f5fa8")
    .attr("stroke-dasharray", d => d.kind === "subclass" ? "4 3" : null).attr("marker-end", d => "url(#arrow-" + d.kind + ")");
  link.append("title").text(d => d.label);
  const node = view.append("g").selectAll("g").data(data.nodes).join("g").attr("class", "class-node")
    .style("cursor", "pointer").on("click", (e, d) => { location.hash = d.id; })
    .call(d3.drag().on("start", (e, d) => { if (!e.active) sim.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
      .on("drag", (e, d) => { d.fx = e.x; d.fy = e.y; })
      .on("end", (e, d) => { if (!e.active) sim.alphaTarget(0); d.fx = null; d.fy = null; }));
  node.append("rect").attr("rx", 4).attr("fill", "#fff").attr("stroke", "#1d2430");
  node.append("text").text(d => d.label).attr("font-size", 11).attr("text-anchor", "middle").attr("dy", 4);
  node.each(function () {
    const g = d3.select(this), w = g.select("text").node().getComputedTextLength() + 12;
    g.select("rect").attr("x", -w / 2).attr("y", -10).attr("width", w).attr("height", 20);
  });
  sim.on("tick", () => {
    link.attr("x1", d => d.source.x).attr("y1", d => d.source.y).attr("x2", d => d.target.x).attr("y2", d => d.target.y);
    node.attr("transform", d => `translate(${d.x},${d.y})`);
  });
})();
