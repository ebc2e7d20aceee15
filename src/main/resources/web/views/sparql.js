/* geoclaims views: running the views' SPARQL against the live endpoint, and small shared helpers.
   Each view's queries are files under /static/views/queries/ so that they can be read, tested and
   run by hand; this script fetches a file and POSTs it to the endpoint the page names. */
(function () {
  "use strict";

  const BASE = "https://w3id.org/geoclaims/";

  /** Runs queries/<name>.rq against `endpoint`; resolves to rows of {variable: value} (strings). */
  async function select(endpoint, name) {
    const file = await fetch("/static/views/queries/" + name + ".rq");
    if (!file.ok) throw new Error("cannot read the query " + name + ".rq (HTTP " + file.status + ")");
    const query = await file.text();
    const answer = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
      body: new URLSearchParams({ query: query }),
    });
    if (!answer.ok) throw new Error("the SPARQL endpoint answered HTTP " + answer.status + " to " + name + ".rq");
    const json = await answer.json();
    return json.results.bindings.map(function (b) {
      const row = {};
      for (const v of Object.keys(b)) row[v] = b[v].value;
      return row;
    });
  }

  /** Where a browser reads about an IRI: /page/<path> for the IRIs geoclaims mints, else the IRI. */
  function pageHref(iri) {
    return iri.startsWith(BASE) ? "/page/" + iri.slice(BASE.length) : iri;
  }

  /** The path of a minted IRI without the base ("id/pakistan"), used as a stable id in the DOM. */
  function shortId(iri) {
    return iri.startsWith(BASE) ? iri.slice(BASE.length) : iri;
  }

  /** A readable name from the last segment of an IRI ("support-turkey-azerbaijan" → "Support turkey azerbaijan"). */
  function nameFromIri(iri) {
    const last = iri.replace(/[\/#]+$/, "").split(/[\/#]/).pop().replace(/-/g, " ");
    return last.charAt(0).toUpperCase() + last.slice(1);
  }

  /** Shows a message in a status element (role="status"); `error` marks it as a failure. */
  function status(element, message, error) {
    element.textContent = message;
    element.classList.toggle("error", Boolean(error));
  }

  window.geoclaims = { select: select, pageHref: pageHref, shortId: shortId, nameFromIri: nameFromIri, status: status };
})();
