/* Verbatim search over the index built with the site (search/, see SearchIndex.java): a query loads the index's
   table of contents, the term shards its words fall in, and the text of the paragraphs it shows, nothing else.
   Reads ?q= (and the filters) so searches can be linked; links each hit to its paragraph with the words to
   highlight. Files are scripts that call VerbatimSearch.add, so this works from file:// as from a server. */
(() => {
  "use strict";
  const form = document.getElementById("search-form");
  if (!form) return;
  const input = form.elements.q;
  const filters = ["speaker", "year", "kind", "interview"].map((name) => form.elements[name]).filter(Boolean);
  const statusLine = document.getElementById("search-status");
  const list = document.getElementById("results");
  const more = document.getElementById("more-results");
  const PAGE = 20;
  // The same word pattern as SearchTerms.WORD in the build.
  const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

  const slots = new Map();
  window.VerbatimSearch = {
    add(kind, n, data) {
      slot(kind + "/" + n).resolve(data);
    },
  };
  function slot(key) {
    if (!slots.has(key)) {
      let resolve;
      let reject;
      const promise = new Promise((yes, no) => {
        resolve = yes;
        reject = no;
      });
      slots.set(key, { promise, resolve, reject, asked: false });
    }
    return slots.get(key);
  }
  function script(src) {
    return new Promise((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = () => reject(new Error("could not load " + src));
      document.head.append(tag);
    });
  }
  /** One file of the index, loaded once: kind "meta", "t" (terms), "d" (paragraphs) or "s" (speaker runs). */
  function part(kind, n) {
    const key = kind + "/" + n;
    const s = slot(key);
    if (!s.asked) {
      s.asked = true;
      script(kind === "meta" ? "search/meta.js" : "search/" + key + ".js").then(
        () => s.reject(new Error("search/" + key + ".js did not register")), s.reject);
    }
    return s.promise;
  }
  let ready = null;
  function start() {
    if (!ready) {
      ready = Promise.all([part("meta", 0), script("search/lunr.min.js")]).then(([meta]) => {
        meta.stopSet = new Set(meta.stop);
        meta.firstDocs = meta.interviews.map((iv) => iv[4]);
        // Exposed so a test can hold the browser's terms to the build's (SearchInBrowserTest).
        window.VerbatimSearch.term = (word) => term(meta, word);
        return meta;
      });
    }
    return ready;
  }

  /** A word's term, as SearchTerms.term makes it in the build; null for a skipped word. */
  function term(meta, word) {
    let w = word.toLowerCase().replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if ((w.length < 2 && !/^\p{Nd}/u.test(w)) || meta.stopSet.has(w)) return null;
    const stem = lunr.stemmer(new lunr.Token(w)).toString();
    return stem.endsWith("y") ? stem.slice(0, -1) + "i" : stem;
  }
  function terms(meta, text) {
    return [...new Set([...text.matchAll(WORD)].map((m) => term(meta, m[0])).filter(Boolean))];
  }

  /** The last index i with sorted[i] <= value (0 when none). */
  function floor(sorted, value) {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid] <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  async function postings(meta, t) {
    const shard = await part("t", floor(meta.shards, t));
    const coded = shard[t] || [];
    const docs = new Int32Array(coded.length);
    const tfs = new Uint8Array(coded.length);
    let d = 0;
    coded.forEach((v, i) => {
      d += Math.floor(v / meta.maxTf);
      docs[i] = d;
      tfs[i] = (v % meta.maxTf) + 1;
    });
    return { docs, tfs };
  }

  /** Paragraphs holding every term, scored by each term's rarity and count (ties: newest first). */
  async function match(meta, ts) {
    const lists = await Promise.all(ts.map((t) => postings(meta, t)));
    lists.sort((a, b) => a.docs.length - b.docs.length);
    let docs = Array.from(lists[0].docs);
    let scores = docs.map(() => 0);
    lists.forEach((l, li) => {
      const idf = Math.log(1 + meta.docs / Math.max(1, l.docs.length));
      const nextDocs = [];
      const nextScores = [];
      let j = 0;
      for (let i = 0; i < docs.length; i++) {
        while (j < l.docs.length && l.docs[j] < docs[i]) j++;
        if (j < l.docs.length && l.docs[j] === docs[i]) {
          nextDocs.push(docs[i]);
          nextScores.push(scores[i] + idf * (1 + Math.log(l.tfs[j])));
        }
      }
      docs = nextDocs;
      scores = nextScores;
    });
    return docs.map((d, i) => ({ doc: d, score: scores[i] }));
  }

  async function speakerRanges(meta, name) {
    const si = meta.speakers.indexOf(name);
    if (si < 0) return [];
    const coded = await part("s", si);
    const ranges = [];
    let end = 0;
    for (let i = 0; i < coded.length; i += 2) {
      const from = end + coded[i];
      end = from + coded[i + 1];
      ranges.push([from, end]);
    }
    return ranges;
  }

  async function filtered(meta, hits) {
    const want = Object.fromEntries(filters.map((f) => [f.name, f.value]));
    const interviewOf = (doc) => meta.interviews[floor(meta.firstDocs, doc)];
    let out = hits.filter((h) => {
      const iv = interviewOf(h.doc);
      return (!want.interview || iv[0] === want.interview) && (!want.year || String(iv[2]) === want.year)
        && (!want.kind || iv[3] === want.kind);
    });
    if (want.speaker) {
      const ranges = await speakerRanges(meta, want.speaker);
      const starts = ranges.map((r) => r[0]);
      out = out.filter((h) => {
        const r = ranges[floor(starts, h.doc)];
        return r !== undefined && h.doc >= r[0] && h.doc < r[1];
      });
    }
    return out;
  }

  async function paragraph(meta, doc) {
    const chunk = await part("d", Math.floor(doc / meta.chunk));
    const [qi, number, si, text] = chunk.p[doc % meta.chunk];
    const [qid, heading, page] = chunk.q[qi];
    return { qid, heading, page, number, speaker: meta.speakers[si], text, iv: meta.interviews[floor(meta.firstDocs, doc)] };
  }

  /** Where the query's words are in a paragraph: [start, length] of every word whose term was searched. */
  function spans(meta, text, wanted) {
    return [...text.matchAll(WORD)].filter((m) => wanted.has(term(meta, m[0]))).map((m) => [m.index, m[0].length]);
  }

  function snippet(text, positions) {
    const first = positions.length ? positions[0][0] : 0;
    let start = Math.max(0, text.lastIndexOf(" ", Math.max(0, first - 90)) + 1);
    if (first - start > 120) start = first - 60;
    const end = Math.min(text.length, start + 300);
    const frag = document.createDocumentFragment();
    if (start > 0) frag.append("… ");
    let at = start;
    positions.filter((p) => p[0] >= start && p[0] + p[1] <= end).forEach(([from, len]) => {
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

  function item(meta, p, wanted) {
    const positions = spans(meta, p.text, wanted);
    const words = [...new Set(positions.map(([f, l]) => p.text.slice(f, f + l)))];
    const li = document.createElement("li");
    const link = document.createElement("a");
    const hl = words.length ? "?hl=" + encodeURIComponent(words.join(" ")) : "";
    link.href = p.iv[0] + "/" + p.page + ".html" + hl + "#" + p.qid + "-p" + p.number;
    link.textContent = p.heading;
    link.className = "result-title";
    const meta2 = document.createElement("p");
    meta2.className = "meta";
    meta2.textContent = [p.speaker, p.iv[1], "¶" + p.number].filter(Boolean).join(" · ");
    const quote = document.createElement("p");
    quote.className = "snippet";
    quote.append(snippet(p.text, positions));
    li.append(link, meta2, quote);
    return li;
  }

  let current = null;
  async function show(meta, state, count) {
    const batch = state.hits.slice(state.shown, state.shown + count);
    // Every paragraph file is asked for at once; each result is shown, in rank order, as soon as it and those
    // above it have arrived, so the first results do not wait for the slowest file.
    const pending = batch.map((h) => paragraph(meta, h.doc));
    for (const next of pending) {
      const p = await next;
      if (current !== state) return;
      list.append(item(meta, p, state.wanted));
      if (state.firstShown === undefined) {
        state.firstShown = performance.now();
        document.documentElement.dataset.searchFirstMs = String(Math.round(state.firstShown - state.started));
      }
    }
    state.shown += batch.length;
    const n = state.hits.length;
    statusLine.textContent = n === 0
      ? "No paragraph contains all of: " + state.text
      : n.toLocaleString("en") + (n === 1 ? " paragraph matches" : " paragraphs match")
        + (n > state.shown ? "; the first " + state.shown.toLocaleString("en") + " are shown." : ".");
    if (more) more.hidden = state.shown >= n;
  }

  async function run() {
    const text = input.value.trim();
    current = null;
    list.textContent = "";
    if (more) more.hidden = true;
    if (!text) {
      statusLine.textContent = "";
      return;
    }
    const started = performance.now();
    document.documentElement.dataset.searchStart = String(started);
    delete document.documentElement.dataset.searchFirstMs;
    statusLine.textContent = "Searching…";
    try {
      const meta = await start();
      const ts = terms(meta, text);
      const state = { text, hits: [], shown: 0, wanted: new Set(ts), started };
      current = state;
      if (ts.length > 0) {
        // Every word must occur (after stemming: "sanction" finds "sanctions").
        state.hits = (await filtered(meta, await match(meta, ts)))
          .sort((a, b) => b.score - a.score || a.doc - b.doc);
      }
      if (current !== state) return;
      await show(meta, state, PAGE);
      document.documentElement.dataset.searchMs = String(Math.round(performance.now() - started));
    } catch (e) {
      statusLine.textContent = "Search could not start: " + e.message;
    }
  }

  function remember() {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    filters.forEach((f) => {
      if (f.value) next.set(f.name, f.value);
    });
    history.replaceState(null, "", "?" + next.toString());
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  // The page lists no transcripts (an archive has thousands): the one asked for gets an option, named once the
  // index's table of contents is loaded.
  const chosen = params.get("interview");
  const transcript = form.elements.interview;
  if (chosen && transcript && ![...transcript.options].some((o) => o.value === chosen)) {
    const option = new Option(chosen, chosen);
    transcript.append(option);
    start().then((meta) => {
      const iv = meta.interviews.find((entry) => entry[0] === chosen);
      if (iv) option.textContent = iv[1];
    }, () => {});
  }
  filters.forEach((f) => {
    f.value = params.get(f.name) || "";
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    remember();
    run();
  });
  filters.forEach((f) => f.addEventListener("change", () => {
    remember();
    run();
  }));
  if (more) {
    more.addEventListener("click", async () => {
      const state = current;
      if (state) await show(await start(), state, PAGE);
    });
  }
  if (input.value) run();
})();
