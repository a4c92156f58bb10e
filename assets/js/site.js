/* Verbatim page script, progressive: the site reads and links fine without it (every paragraph keeps its ¶ link).
   It forwards links to paragraph ids that a corrected transcript retired, highlights the words a search result led
   here with (?hl=...), and gives each paragraph "Copy link", "Copy quote" and "Cite", and a selection in a
   paragraph a "Link to selection". */
(() => {
  "use strict";

  // Linked targets stay clear of the sticky header whatever its height (on narrow screens it is not sticky): the
  // stylesheet's scroll padding follows the header's measured height. A target the browser has already
  // scrolled under the header is brought back into view once; one it placed elsewhere (a text fragment's words are
  // centred) is left where it is.
  const header = document.querySelector(".site-header");
  if (header) {
    const fit = () => document.documentElement.style.setProperty("--header-offset", header.offsetHeight + "px");
    fit();
    if (window.ResizeObserver) new ResizeObserver(fit).observe(header);
    const unhide = () => {
      const target = document.querySelector(":target");
      if (!target) return;
      const top = target.getBoundingClientRect().top;
      if (top < header.getBoundingClientRect().bottom && top > -target.offsetHeight) target.scrollIntoView();
    };
    if (document.readyState === "complete") unhide();
    else window.addEventListener("load", unhide, { once: true });
  }

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

  // ---- Copy link, copy quote, cite ----

  const paragraphs = [...document.querySelectorAll(".para[id]")];
  if (paragraphs.length === 0) return;

  // The citation strings come from the build (Java's Citation), with the paragraph URL and the quoted words as
  // placeholders: without a base URL, only the page knows where it is published.
  const citeData = (() => {
    const block = document.getElementById("citations");
    if (!block) return null;
    try {
      return JSON.parse(block.textContent);
    } catch (e) {
      return null;
    }
  })();

  function citation(id) {
    const indices = citeData && citeData.paragraphs[id];
    if (!indices) return null;
    const out = {};
    citeData.fields.forEach((field, i) => { out[field] = citeData.strings[indices[i]]; });
    return out;
  }

  // Both placeholders in one pass, so that a URL or a quote containing "[text]" is never filled in again.
  function fill(template, url, text) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(escape(citeData.url) + "|" + escape(citeData.text), "g");
    return template.replace(pattern, (m) => (m === citeData.url ? url : text));
  }

  // The page's public address: the canonical link of a site built with --base-url, else where it was opened;
  // never with the query (?hl=) or fragment it was opened with.
  function pageUrl() {
    const canonical = document.querySelector('link[rel="canonical"]');
    return (canonical ? canonical.href : location.href).replace(/[?#].*$/, "");
  }

  // A paragraph's own address is where its ¶ link points (the question page, also from the full transcript).
  function paragraphUrl(p) {
    const pilcrow = p.querySelector(".pilcrow");
    return new URL(pilcrow ? pilcrow.getAttribute("href") : "#" + p.id, pageUrl()).href;
  }

  // The paragraph's words as published: without its ¶ link and controls.
  function paragraphText(p) {
    const copy = p.cloneNode(true);
    copy.querySelectorAll(".pilcrow, .controls").forEach((e) => e.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  // ---- Clipboard ----

  // The asynchronous Clipboard API needs a secure context and may be refused (file://, plain http, permissions);
  // the old selection + execCommand("copy") route still works from a click in those cases.
  async function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (e) {
        // Refused: fall back below.
      }
    }
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "copy-buffer";
    const focused = document.activeElement;
    (openDialog() || document.body).append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    area.remove();
    if (focused && focused.focus) focused.focus();
    return ok;
  }

  // One visible, polite live region for the page, and one inside the dialog (the page is inert behind it).
  const toast = document.createElement("p");
  toast.className = "copy-toast";
  toast.setAttribute("role", "status");
  toast.setAttribute("aria-live", "polite");
  document.body.append(toast);
  let toastTimer = 0;

  function announce(message) {
    const dialog = openDialog();
    const region = dialog ? dialog.querySelector(".cite-status") : toast;
    region.textContent = message;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { region.textContent = ""; }, 4000);
  }

  async function copyAndSay(text, what) {
    const ok = await copy(text);
    announce(ok ? "Copied " + what + "." : "Your browser refused to copy " + what + "; select it and copy by hand.");
    return ok;
  }

  // ---- Per-paragraph controls ----

  function button(label, name, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("aria-label", label + " " + name);
    b.dataset.action = action;
    return b;
  }

  paragraphs.forEach((p) => {
    const data = citation(p.id);
    const name = data ? data.locator : p.id;
    const controls = document.createElement("span");
    controls.className = "controls";
    controls.append(button("Copy link", "to " + name, "link"));
    if (data) {
      controls.append(button("Copy quote", "of " + name, "quote"), button("Cite", name, "cite"));
      controls.lastChild.setAttribute("aria-haspopup", "dialog");
    }
    const selectionLink = button("Link to selection", "in " + name, "selection");
    selectionLink.className = "selection-link";
    selectionLink.hidden = true;
    controls.append(selectionLink);
    p.append(" ", controls);
  });

  document.addEventListener("click", (event) => {
    const b = event.target.closest(".controls button");
    if (!b) return;
    const p = b.closest(".para");
    const data = citation(p.id);
    if (b.dataset.action === "link") {
      copyAndSay(paragraphUrl(p), "the link");
    } else if (b.dataset.action === "quote" && data) {
      copyAndSay(fill(data.quote, paragraphUrl(p), paragraphText(p)), "the quote");
    } else if (b.dataset.action === "cite" && data) {
      showCitations(p, data, b);
    } else if (b.dataset.action === "selection" && selected && selected.p === p) {
      const url = selectionUrl(selected.range, p);
      copyAndSay(url, url.includes(":~:text=") ? "the link to the selected words" : "the link to the paragraph");
      hideSelectionLink();
    }
  });

  // ---- Cite dialog ----

  let dialog = null;

  function openDialog() {
    return dialog && dialog.open ? dialog : null;
  }

  const FORMS = [
    ["apa", "APA reference"],
    ["apaInText", "APA in-text citation"],
    ["chicagoNote", "Chicago note"],
    ["chicagoBibliography", "Chicago bibliography entry"],
    ["bibtex", "BibTeX"],
  ];

  function citeDialog() {
    if (dialog) return dialog;
    dialog = document.createElement("dialog");
    dialog.className = "cite-dialog";
    dialog.setAttribute("aria-labelledby", "cite-title");
    const title = document.createElement("h2");
    title.id = "cite-title";
    dialog.append(title);
    FORMS.forEach(([field, label]) => {
      const item = document.createElement("section");
      item.className = "cite-form";
      const heading = document.createElement("h3");
      heading.textContent = label;
      const text = document.createElement(field === "bibtex" ? "pre" : "p");
      text.className = "cite-text";
      text.dataset.field = field;
      const copyButton = document.createElement("button");
      copyButton.type = "button";
      copyButton.textContent = "Copy";
      copyButton.setAttribute("aria-label", "Copy " + label);
      copyButton.addEventListener("click", () => copyAndSay(text.textContent, "the " + label));
      const head = document.createElement("div");
      head.className = "cite-head";
      head.append(heading, copyButton);
      item.append(head, text);
      dialog.append(item);
    });
    const status = document.createElement("p");
    status.className = "cite-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    const close = document.createElement("button");
    close.type = "button";
    close.className = "cite-close";
    close.textContent = "Close";
    close.addEventListener("click", () => dialog.close());
    dialog.append(status, close);
    // A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener("click", (event) => {
      const box = dialog.getBoundingClientRect();
      if (event.target === dialog && (event.clientX < box.left || event.clientX > box.right
          || event.clientY < box.top || event.clientY > box.bottom)) dialog.close();
    });
    document.body.append(dialog);
    return dialog;
  }

  function showCitations(p, data, opener) {
    const d = citeDialog();
    const url = paragraphUrl(p);
    d.querySelector("#cite-title").textContent = "Cite " + data.locator;
    d.querySelectorAll(".cite-text").forEach((el) => { el.textContent = fill(data[el.dataset.field], url, ""); });
    d.querySelector(".cite-status").textContent = "";
    d.addEventListener("close", () => opener.focus(), { once: true });
    d.showModal();
  }

  // ---- Link to selection (text fragments) ----

  let selected = null;
  let selectionTimer = 0;

  function hideSelectionLink() {
    selected = null;
    document.querySelectorAll(".selection-link").forEach((b) => { b.hidden = true; });
  }

  function paraOf(node) {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el ? el.closest(".para[id]") : null;
  }

  // The selected part of one paragraph's text (not its ¶ link or controls), or null.
  function selectionIn() {
    const selection = getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0).cloneRange();
    const p = paraOf(range.startContainer);
    const startElement = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    if (!p || startElement.closest(".pilcrow, .controls")) return null;
    const words = document.createRange();
    words.selectNodeContents(p);
    const pilcrow = p.querySelector(".pilcrow");
    if (pilcrow) words.setEndBefore(pilcrow);
    // A triple click selects up to the start of the next block: keep what lies in this paragraph.
    if (range.compareBoundaryPoints(Range.END_TO_END, words) > 0) {
      const beyond = document.createRange();
      beyond.setStart(words.endContainer, words.endOffset);
      beyond.setEnd(range.endContainer, range.endOffset);
      if (paraOf(range.endContainer) !== p && beyond.toString().replace(/[\s¶]/g, "")
          .replace(/Copy link|Copy quote|Cite|Link to selection/g, "").trim()) return null;
      range.setEnd(words.endContainer, words.endOffset);
    }
    if (!range.toString().trim()) return null;
    return { p, range };
  }

  function onSelection() {
    const found = selectionIn();
    if (!found) {
      hideSelectionLink();
      return;
    }
    document.querySelectorAll(".selection-link").forEach((b) => { b.hidden = b.closest(".para") !== found.p; });
    selected = found;
    const b = found.p.querySelector(".selection-link");
    // Placed just below the end of the selection, inside the paragraph (which is positioned).
    const rects = found.range.getClientRects();
    const last = rects[rects.length - 1] || found.range.getBoundingClientRect();
    const box = found.p.getBoundingClientRect();
    b.style.left = Math.max(0, Math.min(last.right - box.left - b.offsetWidth / 2, box.width - b.offsetWidth)) + "px";
    b.style.top = (last.bottom - box.top + 4) + "px";
  }

  document.addEventListener("selectionchange", () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(onSelection, 120);
  });
  // Pressing the button must not clear the selection it links to.
  document.addEventListener("mousedown", (event) => {
    if (event.target.closest(".selection-link")) event.preventDefault();
  });

  function selectionUrl(range, p) {
    const directive = textDirective(range, p);
    return pageUrl() + "#" + p.id + (directive ? ":~:text=" + directive : "");
  }

  // The page's rendered text as a text-fragment search sees it: white space collapsed, case folded, blocks kept
  // apart; with a map from each text node to where its characters start.
  const BLOCK = "\u0001";

  function pageText() {
    const blocks = new Map();
    const blockOf = (el) => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        if (!blocks.has(e)) blocks.set(e, !getComputedStyle(e).display.startsWith("inline"));
        if (blocks.get(e)) return e;
      }
      return document.body;
    };
    const starts = new Map();
    let raw = "";
    let lastBlock = null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || (parent.checkVisibility && !parent.checkVisibility())) continue;
      const block = blockOf(parent);
      if (block !== lastBlock) {
        raw += BLOCK;
        lastBlock = block;
      }
      starts.set(node, raw.length);
      raw += node.nodeValue;
    }
    // Collapse runs of white space to one space (or one block break), keeping where each raw index went.
    const map = new Int32Array(raw.length + 1);
    let text = "";
    for (let i = 0; i < raw.length;) {
      if (/\s/.test(raw[i]) || raw[i] === BLOCK) {
        let block = false;
        let j = i;
        for (; j < raw.length && (/\s/.test(raw[j]) || raw[j] === BLOCK); j++) {
          if (raw[j] === BLOCK) block = true;
          map[j] = text.length;
        }
        text += block ? BLOCK : " ";
        i = j;
      } else {
        map[i] = text.length;
        text += raw[i];
        i++;
      }
    }
    map[raw.length] = text.length;
    const folded = Array.from(text, (ch) => {
      const lower = ch.toLowerCase();
      return lower.length === ch.length ? lower : ch;
    }).join("");
    const at = (node, offset) => {
      if (node.nodeType === 3 && starts.has(node)) return map[starts.get(node) + offset];
      // An element boundary: the start of the text node that follows it.
      const r = document.createRange();
      r.setStart(node, offset);
      for (const [n, start] of starts) {
        if (r.comparePoint(n, 0) >= 0) return map[start];
      }
      return text.length;
    };
    return { text, folded, at };
  }

  // Word characters as a browser's word breaker sees them: letters, digits and marks, and an apostrophe or full
  // stop between letters ("Russia's", "U.S"), a full stop or comma between digits ("2.5", "1,235").
  const LETTER = /[\p{L}\p{N}\p{M}]/u;
  function inWord(s, i) {
    const c = s[i];
    if (c === undefined) return false;
    if (LETTER.test(c)) return true;
    const before = s[i - 1] || "";
    const after = s[i + 1] || "";
    if ("'’.".includes(c) && /\p{L}/u.test(before) && /\p{L}/u.test(after)) return true;
    return ".,".includes(c) && /\p{N}/u.test(before) && /\p{N}/u.test(after);
  }
  const boundary = (s, i) => !(inWord(s, i - 1) && inWord(s, i));

  // The first whole-word occurrence of `term` in `s` at or after `from`, or -1.
  function find(s, term, from) {
    for (let i = s.indexOf(term, from); i >= 0; i = s.indexOf(term, i + 1)) {
      if (boundary(s, i) && boundary(s, i + term.length)) return i;
    }
    return -1;
  }

  // Percent-encoding for a text directive term: also "-", "," and "&", which the syntax itself uses.
  const encode = (term) => encodeURIComponent(term).replace(/-/g, "%2D");

  /**
   * A text directive (the part after ":~:text=") that a browser's first match resolves to exactly the selected
   * words, widened to whole words; null when none can be made unique, and the link then names the paragraph.
   * The browser searches the whole page from the top, so the directive is checked the same way here: the whole
   * selection if short, else its first and last words (more of them until unambiguous), with a few words before
   * it as a prefix when the words alone occur earlier on the page.
   */
  function textDirective(range, p) {
    const page = pageText();
    const { text, folded } = page;
    const whole = document.createRange();
    whole.selectNodeContents(p);
    const pStart = page.at(whole.startContainer, whole.startOffset);
    let s = page.at(range.startContainer, range.startOffset);
    let e = page.at(range.endContainer, range.endOffset);
    while (s > pStart && !boundary(folded, s)) s--;
    while (e < text.length && text[e] !== BLOCK && !boundary(folded, e)) e++;
    while (s < e && /[\s\u0001]/.test(text[s])) s++;
    while (e > s && /[\s\u0001]/.test(text[e - 1])) e--;
    if (s >= e || text.slice(s, e).includes(BLOCK)) return null;
    const words = [];
    const re = /\S+/g;
    const selectedText = text.slice(s, e);
    for (let m; (m = re.exec(selectedText));) words.push([s + m.index, s + m.index + m[0].length]);
    const before = [];
    const prior = text.slice(pStart, s);
    for (let m, r = /[^\s\u0001]+/g; (m = r.exec(prior));) before.push(pStart + m.index);

    const terms = [];
    if (words.length <= 8) terms.push([s, e, -1, -1]);
    for (let k = 2; k <= Math.min(8, Math.floor(words.length / 2)); k++) {
      terms.push([s, words[k - 1][1], words[words.length - k][0], e]);
    }
    for (const prefixWords of [0, 1, 2, 3, 5, 8]) {
      if (prefixWords > before.length) break;
      const ps = prefixWords ? before[before.length - prefixWords] : -1;
      for (const [s1, e1, s2, e2] of terms) {
        const start = folded.slice(s1, e1);
        const prefix = ps < 0 ? "" : folded.slice(ps, s).trimEnd();
        const at = prefix ? find(folded, prefix + " " + start, 0) : find(folded, start, 0);
        if (at < 0 || at + (prefix ? prefix.length + 1 : 0) !== s1) continue;
        if (s2 >= 0 && find(folded, folded.slice(s2, e2), e1) !== s2) continue;
        return (prefix ? encode(text.slice(ps, s).trimEnd()) + "-," : "") + encode(text.slice(s1, e1))
          + (s2 >= 0 ? "," + encode(text.slice(s2, e2)) : "");
      }
    }
    return null;
  }
})();
