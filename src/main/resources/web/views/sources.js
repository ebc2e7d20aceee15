/* geoclaims source view: the statements a highlighted sentence supports.
   The page holds one hidden list per highlighted sentence or text (#statement-lists); this script
   shows a sentence's list in the side panel while the pointer or the keyboard focus is on it, and
   keeps it there when the sentence is clicked (or Enter is pressed), or named in the URL's #. */
(function () {
  "use strict";
  const body = document.querySelector("#statement-panel .panel-body");
  let pinned = null;

  /** Puts a copy of the element's statement list in the panel. */
  function show(el) {
    const list = document.getElementById(el.dataset.statements);
    if (!list) return;
    const copy = list.cloneNode(true);
    copy.removeAttribute("id");
    body.replaceChildren(copy);
    body.dataset.showing = el.id;
  }

  /** Back to the pinned element's list, or an empty panel. */
  function restore() {
    if (pinned) show(pinned);
    else { body.replaceChildren(); delete body.dataset.showing; }
  }

  function pin(el, updateUrl) {
    if (pinned) pinned.classList.remove("pinned");
    pinned = el;
    el.classList.add("pinned");
    show(el);
    if (updateUrl) history.replaceState(null, "", "#" + el.id);
  }

  /** The element the URL's # names, if it is highlighted: a statement's page links here. */
  function fromHash() {
    const el = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (el && el.classList.contains("supports")) {
      pin(el, false);
      el.scrollIntoView({ block: "center" });
    }
  }

  for (const el of document.querySelectorAll(".supports")) {
    el.addEventListener("mouseenter", () => show(el));
    el.addEventListener("mouseleave", restore);
    el.addEventListener("focus", () => show(el));
    el.addEventListener("click", () => pin(el, true));
    el.addEventListener("keydown", ev => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pin(el, true); }
    });
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
