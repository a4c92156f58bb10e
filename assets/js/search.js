/* Verbatim search: loads lunr and the paragraph index only when someone searches, reads ?q= so searches can be
   linked, filters by speaker and interview, and links each hit to its paragraph with the words to highlight. */
(() => {
  "use strict";
  const form = document.getElementById("search-form");
  if (!form) return;
  const input = form.elements.q;
  const speaker = form.elements.speaker;
  const interview = form.elements.interview;
  const statusLine = document.getElementById("search-status");
  const list = document.getElementById("results");
  const MAX_RESULTS = 50;
  let loading = null;

  function script(src) {
    return new Promise((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = () => reject(new Error("could not load " + src));
      document.head.append(tag);
    });
  }

  function load() {
    if (!loading) {
      loading = script("search/lunr.min.js").then(() => script("search/index.js")).then(() => {
        const data = window.VERBATIM_SEARCH;
        const index = lunr(function () {
          this.ref("i");
          this.field("text");
          this.metadataWhitelist = ["position"];
          data.paragraphs.forEach((p, i) => this.add({ i: String(i), text: p[3] }));
        });
        return { data, index };
      });
    }
    return loading;
  }

  function terms(text) {
    return lunr.tokenizer(text).map((t) => t.toString()).filter((t) => lunr.stopWordFilter(t));
  }

  function search(index, text) {
    const words = terms(text);
    if (words.length === 0) return [];
    // Every word must occur (after stemming: "sanction" finds "sanctions").
    return index.query((q) => words.forEach((w) => q.term(w, { presence: lunr.Query.presence.REQUIRED })));
  }

  // lunr's positions cover the whitespace-separated token ("energy,"): trim punctuation so only the word is marked.
  function trim(text, [from, len]) {
    let start = from;
    let end = from + len;
    while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
    while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
    return [start, end - start];
  }

  function spans(hit, text) {
    const out = [];
    Object.values(hit.matchData.metadata).forEach((fields) => {
      ((fields.text && fields.text.position) || []).forEach((p) => out.push(trim(text, p)));
    });
    return out.filter((p) => p[1] > 0).sort((a, b) => a[0] - b[0]);
  }

  function snippet(text, positions) {
    const first = positions.length ? positions[0][0] : 0;
    let start = Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 90)) + 1);
    if (first - start > 120) start = first - 60;
    let end = Math.min(text.length, start + 300);
    const frag = document.createDocumentFragment();
    if (start > 0) frag.append("… ");
    let at = start;
    positions.filter((p) => p[0] >= start && p[0] + p[1] <= end).forEach(([from, len]) => {
      if (from < at) return;
      frag.append(text.slice(at, from));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(from, from + len);
      frag.append(mark);
      at = from + len;
    });
    frag.append(text.slice(at, end));
    if (end < text.length) frag.append(" …");
    return frag;
  }

  function render(data, hits, text) {
    list.textContent = "";
    hits.slice(0, MAX_RESULTS).forEach((hit) => {
      const [qi, si, number, body] = data.paragraphs[Number(hit.ref)];
      const [ii, qid, heading, page] = data.questions[qi];
      const iv = data.interviews[ii];
      const positions = spans(hit, body);
      const words = [...new Set(positions.map(([f, l]) => body.slice(f, f + l)))];
      const li = document.createElement("li");
      const link = document.createElement("a");
      const hl = words.length ? "?hl=" + encodeURIComponent(words.join(" ")) : "";
      link.href = iv.slug + "/" + (page || qid) + ".html" + hl + "#" + qid + "-p" + number;
      link.textContent = heading;
      link.className = "result-title";
      const meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = [data.speakers[si], iv.title, "¶" + number].filter(Boolean).join(" · ");
      const quote = document.createElement("p");
      quote.className = "snippet";
      quote.append(snippet(body, positions));
      li.append(link, meta, quote);
      list.append(li);
    });
    const shown = Math.min(hits.length, MAX_RESULTS);
    statusLine.textContent = hits.length === 0
      ? "No paragraph contains all of: " + text
      : hits.length + (hits.length === 1 ? " paragraph matches" : " paragraphs match")
        + (hits.length > shown ? "; the first " + shown + " are shown." : ".");
  }

  async function run() {
    const text = input.value.trim();
    if (!text) {
      list.textContent = "";
      statusLine.textContent = "";
      return;
    }
    const started = performance.now();
    statusLine.textContent = "Searching…";
    try {
      const { data, index } = await load();
      const hits = search(index, text).filter((hit) => {
        const [qi, si] = data.paragraphs[Number(hit.ref)];
        const iv = data.interviews[data.questions[qi][0]];
        return (!speaker.value || data.speakers[si] === speaker.value) && (!interview.value || iv.slug === interview.value);
      });
      render(data, hits, text);
      document.documentElement.dataset.searchMs = String(Math.round(performance.now() - started));
    } catch (e) {
      statusLine.textContent = "Search could not start: " + e.message;
    }
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  speaker.value = params.get("speaker") || "";
  interview.value = params.get("interview") || "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    if (speaker.value) next.set("speaker", speaker.value);
    if (interview.value) next.set("interview", interview.value);
    history.replaceState(null, "", "?" + next.toString());
    run();
  });
  speaker.addEventListener("change", run);
  interview.addEventListener("change", run);
  if (input.value) run();
})();
