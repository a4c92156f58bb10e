/* Verbatim page script, progressive: the site reads and links fine without it. It forwards links to paragraph
   ids that a corrected transcript retired, and highlights the words a search result led here with (?hl=...). */
(() => {
  "use strict";

  // An id published before a correction and since removed leads to the passage that took its place.
  function forward() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const alias = document.querySelector('a[data-alias="' + CSS.escape(id) + '"]');
    if (alias) location.replace(alias.href);
  }
  forward();
  window.addEventListener("hashchange", forward);

  function highlight(root, words) {
    const wanted = words.map((w) => w.toLowerCase()).filter((w) => w.length > 1);
    if (!root || wanted.length === 0) return;
    const pattern = new RegExp("(" + wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")", "gi");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest(".pilcrow, .controls")) nodes.push(walker.currentNode);
    }
    nodes.forEach((node) => {
      const parts = node.nodeValue.split(pattern);
      if (parts.length < 2) return;
      const frag = document.createDocumentFragment();
      parts.forEach((part, i) => {
        if (i % 2 === 1) {
          const mark = document.createElement("mark");
          mark.textContent = part;
          frag.append(mark);
        } else if (part) {
          frag.append(part);
        }
      });
      node.replaceWith(frag);
    });
  }

  const hl = new URLSearchParams(location.search).get("hl");
  if (hl && location.hash.length > 1) {
    highlight(document.getElementById(decodeURIComponent(location.hash.slice(1))), hl.split(/\s+/));
  }
})();
