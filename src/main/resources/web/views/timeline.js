/* geoclaims timeline: everything the graph dates, on one time axis, one row per item.
   Data: queries/timeline-items.rq (dates, time spans, kinds) and queries/timeline-states.rq
   (the states each item involves), run against the live endpoint.
   A date is drawn over what it names: xsd:gYear the whole year, xsd:gYearMonth the month,
   xsd:date the day; a gc:TimeSpan from its earliest to its latest date, hatched (approximate). */
(function () {
  "use strict";
  const g = window.geoclaims;

  /** Item kinds, in legend order (the rank order is in timeline-items.rq). */
  const KINDS = [
    { id: "recognition", label: "recognitions", color: "#2e7d32" },
    { id: "agreement", label: "agreements", color: "#ef6c00" },
    { id: "agreement-update", label: "agreement updates", color: "#ffb74d" },
    { id: "exercise", label: "exercises and training", color: "#00897b" },
    { id: "war", label: "wars and conflicts", color: "#b71c1c" },
    { id: "offensive", label: "offensives", color: "#e53935" },
    { id: "claim", label: "claims", color: "#d81b60" },
    { id: "denial", label: "denials and rebuttals", color: "#5d4037" },
    { id: "displacement", label: "displacement", color: "#6a1b9a" },
    { id: "founding", label: "foundings", color: "#1565c0" },
    { id: "dissolution", label: "dissolutions and secessions", color: "#455a64" },
    { id: "meeting", label: "meetings", color: "#8d6e63" },
    { id: "statement", label: "statements", color: "#039be5" },
    { id: "other", label: "other", color: "#9e9e9e" },
  ];
  const KIND = Object.fromEntries(KINDS.map(k => [k.id, k]));
  const ROW = 24, MARGIN = { top: 34, right: 16, bottom: 34, left: 16 };

  const figure = document.getElementById("timeline");
  const statusLine = document.getElementById("timeline-status");
  const stateSelect = document.getElementById("timeline-state");
  const params = new URLSearchParams(location.search);
  const hiddenKinds = new Set((params.get("hide") || "").split(",").filter(Boolean));

  /** The interval a date literal names, in UTC milliseconds [start, end), with its precision. */
  function interval(lexical) {
    const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?$/.exec(lexical.trim());
    if (!m) return null;
    const y = Number(m[1]), mo = m[2] ? Number(m[2]) - 1 : null, d = m[3] ? Number(m[3]) : null;
    if (d !== null) return { start: Date.UTC(y, mo, d), end: Date.UTC(y, mo, d + 1), precision: "day" };
    if (mo !== null) return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 1), precision: "month" };
    return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: "year" };
  }

  /** Folds the query's rows into one item per IRI: its name, kind, dates and time spans. */
  function itemsFrom(rows) {
    const items = new Map();
    for (const r of rows) {
      if (!items.has(r.item)) items.set(r.item, { iri: r.item, rank: 1e9, dates: new Set(), spans: [], states: new Map() });
      const it = items.get(r.item);
      if (r.kind && Number(r.rank) < it.rank) { it.kind = r.kind; it.rank = Number(r.rank); }
      if (r.label) it.label = r.label;
      if (r.parentLabel) it.parentLabel = r.parentLabel;
      if (r.typeLabel) it.typeLabel = r.typeLabel;
      if (r.linked) it.linked = r.linked;
      if (r.ongoing === "true") it.ongoing = true;
      if (r.date) it.dates.add(r.date);
      if (r.span && !it.spans.some(s => s.span === r.span && s.earliest === r.earliest && s.latest === r.latest && s.expression === r.expression))
        it.spans.push({ span: r.span, earliest: r.earliest, latest: r.latest, expression: r.expression });
    }
    for (const it of items.values()) {
      it.kind = it.kind || "other";
      it.name = it.label
        || (it.parentLabel ? "Update of the " + lowerFirst(it.parentLabel) : null)
        || (it.typeLabel ? upperFirst(it.typeLabel) + (it.linked ? ": " + it.linked : "") : g.nameFromIri(it.iri));
      place(it);
    }
    return [...items.values()];
  }

  /** Sets it.start/it.end (and it.sure, where the approximate part ends) from its dates or spans. */
  function place(it) {
    const dated = [...it.dates].map(interval).filter(Boolean);
    const bounded = s => s.earliest && s.latest && interval(s.earliest) && interval(s.latest);
    const during = it.spans.filter(s => s.span === "during" && bounded(s));
    const start = it.spans.filter(s => s.span === "start" && bounded(s));
    it.words = it.spans.map(s => s.expression).filter(Boolean);
    if (dated.length) {
      it.start = Math.min(...dated.map(d => d.start));
      it.end = Math.max(...dated.map(d => d.end));
      it.precision = dated.length === 1 ? dated[0].precision : "year";
      it.when = [...it.dates].sort().join(", ");
    } else if (during.length || start.length) {
      const spans = during.length ? during : start;
      it.start = Math.max(...spans.map(s => interval(s.earliest).start));
      it.sure = Math.min(...spans.map(s => interval(s.latest).end));
      it.end = it.sure;
      it.precision = "span";
      it.when = (during.length ? "" : "began ") + spans[0].earliest + "–" + spans[0].latest;
    }
    if (it.start !== undefined) {
      const y0 = new Date(it.start).getUTCFullYear(), y1 = new Date(it.end - 1).getUTCFullYear();
      it.fromYear = y0;
      it.toYear = y1;
    }
  }

  function upperFirst(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function lowerFirst(s) { return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s; }

  function visible(it) {
    const state = stateSelect.value;
    return !hiddenKinds.has(it.kind) && (!state || it.states.has(state));
  }

  /** Draws the items that pass the filters, one row each, ordered by their start. */
  function draw(items) {
    const shown = items.filter(it => it.start !== undefined && visible(it))
      .sort((a, b) => a.start - b.start || a.end - b.end || (a.name < b.name ? -1 : 1));
    const all = items.filter(it => it.start !== undefined);
    const minYear = Math.min(...all.map(it => it.fromYear)), maxYear = Math.max(...all.map(it => it.toYear));
    const domain = [Date.UTC(minYear - 1, 0, 1), Date.UTC(maxYear + 2, 0, 1)];
    const width = Math.max(760, figure.clientWidth), height = MARGIN.top + MARGIN.bottom + Math.max(1, shown.length) * ROW;
    const x = d3.scaleUtc().domain(domain).range([MARGIN.left, width - MARGIN.right]);

    figure.replaceChildren();
    const svg = d3.select(figure).append("svg").attr("width", width).attr("height", height)
      .attr("viewBox", [0, 0, width, height].join(" "))
      .attr("role", "group").attr("aria-label", "Timeline of " + shown.length + " dated items, " + minYear + " to " + maxYear);
    svg.append("title").text("Timeline of what the graph dates");
    svg.append("defs").append("pattern").attr("id", "approximate").attr("width", 6).attr("height", 6)
      .attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)")
      .append("rect").attr("width", 3).attr("height", 6).attr("fill", "white").attr("opacity", 0.55);

    // Years: a grid line each, axes above and below.
    svg.append("g").attr("class", "grid").selectAll("line").data(d3.utcYear.range(domain[0], domain[1])).join("line")
      .attr("x1", d => x(d)).attr("x2", d => x(d)).attr("y1", MARGIN.top).attr("y2", height - MARGIN.bottom);
    const every = d3.utcYear.every(width < 1000 ? 5 : 2);
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + MARGIN.top + ")").call(d3.axisTop(x).ticks(every));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (height - MARGIN.bottom) + ")").call(d3.axisBottom(x).ticks(every));

    const item = svg.append("g").attr("class", "items").selectAll("a").data(shown).join("a")
      .attr("class", "item")
      .attr("href", it => g.pageHref(it.iri))
      .attr("data-id", it => g.shortId(it.iri))
      .attr("data-kind", it => it.kind)
      .attr("data-precision", it => it.precision)
      .attr("data-from-year", it => it.fromYear)
      .attr("data-to-year", it => it.toYear)
      .attr("data-states", it => [...it.states.keys()].map(g.shortId).join(" "))
      .attr("transform", (it, i) => "translate(0," + (MARGIN.top + i * ROW) + ")");
    item.append("title").text(describe);
    const end = it => it.ongoing ? domain[1] : it.end;
    item.append("rect").attr("class", "bar")
      .attr("x", it => x(it.start)).attr("y", 5)
      .attr("width", it => Math.max(4, x(end(it)) - x(it.start))).attr("height", ROW - 10)
      .attr("fill", it => KIND[it.kind].color);
    // The approximate part of a bar: all of a time span, or the uncertain start of an ongoing item.
    item.filter(it => it.precision === "span").append("rect").attr("class", "approximate")
      .attr("x", it => x(it.start)).attr("y", 5)
      .attr("width", it => Math.max(4, x(it.sure) - x(it.start))).attr("height", ROW - 10)
      .attr("fill", "url(#approximate)");
    item.append("text").attr("class", "label").attr("y", ROW / 2 + 4)
      .each(function (it) {
        const left = x(it.start), right = x(end(it)), roomRight = width - MARGIN.right - right - 8, roomLeft = left - MARGIN.left - 8;
        const text = it.name + (it.ongoing ? " (ongoing)" : "") + " · " + it.when + (it.words.length ? " (" + it.words.join("; ") + ")" : "");
        // Beside the bar where there is more room; inside a bar that leaves no room on either side.
        const inside = Math.max(roomLeft, roomRight) < 160;
        const onRight = roomRight >= roomLeft;
        const at = inside ? x(it.sure || it.start) + 6 : onRight ? right + 6 : left - 6;
        const room = inside ? right - at - 6 : onRight ? roomRight : roomLeft, fits = Math.floor(room / 6.4);
        d3.select(this).attr("x", at).attr("text-anchor", inside || onRight ? "start" : "end").classed("inside", inside)
          .text(text.length > fits ? text.slice(0, Math.max(8, fits - 1)) + "…" : text);
      });

    g.status(statusLine, "Showing " + shown.length + " of " + all.length + " dated items"
      + (stateSelect.value ? " involving " + stateSelect.selectedOptions[0].textContent : "") + ".");
    undated(items);
  }

  function describe(it) {
    const precision = { year: "the whole year", month: "the whole month", day: "the day", span: "an approximate time" }[it.precision];
    return it.name + " — " + it.when + " (" + precision + (it.words.length ? ": " + it.words.join("; ") : "") + ")"
      + (it.ongoing ? ", ongoing" : "") + " · " + KIND[it.kind].label;
  }

  /** Items the graph dates only in words ("always", "in recent years"). */
  function undated(items) {
    const section = document.getElementById("timeline-undated");
    const list = items.filter(it => it.start === undefined && visible(it));
    section.hidden = list.length === 0;
    section.querySelector("ul").replaceChildren(...list.map(it => {
      const li = document.createElement("li");
      const a = li.appendChild(document.createElement("a"));
      a.href = g.pageHref(it.iri);
      a.textContent = it.name;
      li.append(" — " + (it.words.length ? "“" + it.words.join("”, “") + "”" : "no date"));
      return li;
    }));
  }

  /** The filters: a state to involve, and kinds to show (check boxes in the legend). Kept in the URL. */
  function controls(items, redraw) {
    const states = new Map();
    for (const it of items) for (const [iri, label] of it.states) states.set(iri, label);
    for (const [iri, label] of [...states].sort((a, b) => a[1] < b[1] ? -1 : 1)) {
      const option = stateSelect.appendChild(document.createElement("option"));
      option.value = iri;
      option.textContent = label;
      if (params.get("state") === g.shortId(iri)) option.selected = true;
    }
    stateSelect.addEventListener("change", () => { remember(); redraw(); });
    const legend = document.getElementById("timeline-legend");
    for (const k of KINDS) {
      const count = items.filter(it => it.kind === k.id).length;
      if (!count) continue;
      const label = legend.appendChild(document.createElement("label"));
      const input = label.appendChild(document.createElement("input"));
      input.type = "checkbox";
      input.value = k.id;
      input.checked = !hiddenKinds.has(k.id);
      input.addEventListener("change", () => { input.checked ? hiddenKinds.delete(k.id) : hiddenKinds.add(k.id); remember(); redraw(); });
      label.insertAdjacentHTML("beforeend", '<span class="swatch-box" style="background:' + k.color + '" aria-hidden="true"></span>');
      label.append(k.label + " (" + count + ")");
    }
  }

  function remember() {
    const p = new URLSearchParams();
    if (stateSelect.value) p.set("state", g.shortId(stateSelect.value));
    if (hiddenKinds.size) p.set("hide", [...hiddenKinds].sort().join(","));
    history.replaceState(null, "", location.pathname + (p.toString() ? "?" + p : ""));
  }

  async function main() {
    const endpoint = figure.dataset.endpoint;
    try {
      const [itemRows, stateRows] = await Promise.all([g.select(endpoint, "timeline-items"), g.select(endpoint, "timeline-states")]);
      const items = itemsFrom(itemRows);
      const byIri = new Map(items.map(it => [it.iri, it]));
      for (const r of stateRows) if (byIri.has(r.item)) byIri.get(r.item).states.set(r.state, r.stateLabel);
      const redraw = () => draw(items);
      controls(items, redraw);
      redraw();
      window.addEventListener("resize", redraw);
      figure.dataset.ready = "true";
    } catch (err) {
      g.status(statusLine, "The timeline could not be drawn: " + err.message, true);
    }
  }

  main();
})();
