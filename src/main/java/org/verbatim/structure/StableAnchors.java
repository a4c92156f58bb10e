package org.verbatim.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.verbatim.model.Interview;
import org.verbatim.model.Passage;
import org.verbatim.model.Question;
import org.verbatim.structure.AnchorRegistry.Entry;

/**
 * Gives the questions and paragraphs of a freshly structured interview the ids they had in earlier builds, so
 * that published links keep landing on the same passage after the transcript is corrected.
 *
 * <p>Paragraphs are matched old to new in three passes, each one-to-one and deterministic:
 * <ol>
 * <li>same text (same sentence hashes), aligned in reading order so that repeated paragraphs ("Thank you.")
 *     pair with their own occurrence, then anywhere (a paragraph moved to another question);</li>
 * <li>shared sentences: a paragraph that was edited in one sentence, split (the part that keeps the opening
 *     sentence keeps the id) or merged with its neighbour (the first keeps the id);</li>
 * <li>similar words, for a paragraph whose every sentence changed a little, only between the neighbours that
 *     matched in the passes above, so a short "Thank you." cannot be taken for another one far away.</li>
 * </ol>
 * A question keeps the id of the old question most of its matched paragraphs came from. A matched paragraph keeps
 * its id only if it stays in the question its id names; otherwise it gets a new id there and its old id leads to
 * it. Ids that are no longer on the site become aliases for the nearest surviving passage: the closest live
 * paragraph before them in their question, else after them, else their question (or the question it became).
 * An alias keeps its target for as long as the target is live.
 */
public final class StableAnchors {

    /** Simhash distance up to which two long paragraphs are taken for versions of each other (about 32 if not). */
    static final int MAX_SIMHASH_DISTANCE = 12;
    /** Share of characters that may change in a short paragraph that is still the same paragraph. */
    static final double MIN_SHORT_SIMILARITY = 0.7;

    /**
     * What a build publishes.
     *
     * @param interview the interview with stable ids in place of positional ones
     * @param aliases every retired id (in registry order) and the live id it leads to
     * @param registry the updated registry, to be written beside the transcript
     */
    public record Result(Interview interview, Map<String, String> aliases, AnchorRegistry registry) {
        public Result {
            aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        }
    }

    /** Largest edited middle (old paragraphs × new ones) matched by the longest common subsequence table. */
    static final long MAX_LCS_CELLS = 4_000_000L;

    private StableAnchors() {
    }

    /**
     * Reads the registry beside {@code transcript} (none on a first build), assigns stable ids to
     * {@code positional} and writes the registry back if, and only if, its text changed.
     */
    public static Result sync(Path transcript, Interview positional) {
        Path file = AnchorRegistry.fileOf(transcript);
        Result result = assign(positional, AnchorRegistry.read(file));
        result.registry().writeIfChanged(file, transcript.getFileName().toString());
        return result;
    }

    /** Pure form of {@link #sync}: the ids {@code positional} gets given {@code previous}; writes nothing. */
    public static Result assign(Interview positional, AnchorRegistry previous) {
        return new Matching(positional, previous).run();
    }

    private record NewPara(int question, int order, Passage passage, Fingerprint fingerprint) {
    }

    private record Candidate(int old, int fresh, boolean local, boolean head, double score) {
    }

    /** State of one assignment. */
    private static final class Matching {
        private final Interview interview;
        private final List<Entry> oldEntries;
        private final List<Entry> oldParas = new ArrayList<>();
        private final List<NewPara> news = new ArrayList<>();
        private final int[] oldToNew;
        private final int[] newToOld;

        Matching(Interview interview, AnchorRegistry previous) {
            this.interview = interview;
            this.oldEntries = previous.entries();
            oldEntries.stream().filter(e -> !e.isQuestion()).forEach(oldParas::add);
            List<Question> questions = interview.questions();
            for (int q = 0; q < questions.size(); q++) {
                List<Passage> passages = questions.get(q).passages();
                for (int p = 0; p < passages.size(); p++) {
                    news.add(new NewPara(q, news.size(), passages.get(p), Fingerprint.of(passages.get(p).text())));
                }
            }
            oldToNew = new int[oldParas.size()];
            newToOld = new int[news.size()];
            Arrays.fill(oldToNew, -1);
            Arrays.fill(newToOld, -1);
        }

        Result run() {
            matchSameText();
            matchSharedSentences();
            matchSimilarWords();
            List<String> questionIds = questionIds();
            List<List<String>> passageIds = passageIds(questionIds);
            return publish(questionIds, passageIds);
        }

        private void link(int old, int fresh) {
            oldToNew[old] = fresh;
            newToOld[fresh] = old;
        }

        private static String key(Fingerprint f) {
            return String.join(" ", f.sentences());
        }

        private void matchSameText() {
            // Order-preserving first (longest common subsequence over live paragraphs), so duplicates pair locally.
            List<Integer> live = new ArrayList<>();
            for (int i = 0; i < oldParas.size(); i++) {
                if (oldParas.get(i).live()) {
                    live.add(i);
                }
            }
            // Equal leading and trailing runs belong to a longest common subsequence: match them directly, so an
            // unchanged or lightly corrected transcript costs linear time, and the quadratic table covers only the
            // edited middle.
            int lo = 0;
            int hiOld = live.size();
            int hiNew = news.size();
            while (lo < hiOld && lo < hiNew && sameText(live.get(lo), lo)) {
                link(live.get(lo), lo);
                lo++;
            }
            while (hiOld > lo && hiNew > lo && sameText(live.get(hiOld - 1), hiNew - 1)) {
                link(live.get(hiOld - 1), hiNew - 1);
                hiOld--;
                hiNew--;
            }
            int n = hiOld - lo;
            int m = hiNew - lo;
            // Beyond this size the table would cost too much memory; the pass below still pairs equal texts in order.
            if ((long) n * m <= MAX_LCS_CELLS) {
                int[][] lcs = new int[n + 1][m + 1];
                for (int i = n - 1; i >= 0; i--) {
                    for (int j = m - 1; j >= 0; j--) {
                        lcs[i][j] = sameText(live.get(lo + i), lo + j) ? lcs[i + 1][j + 1] + 1
                                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                    }
                }
                for (int i = 0, j = 0; i < n && j < m; ) {
                    if (sameText(live.get(lo + i), lo + j) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                        link(live.get(lo + i++), lo + j++);
                    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                        i++;
                    } else {
                        j++;
                    }
                }
            }
            // Then anywhere: moved paragraphs, and retired ones whose text came back.
            Map<String, List<Integer>> byKey = new LinkedHashMap<>();
            for (boolean wantLive : new boolean[] {true, false}) {
                for (int i = 0; i < oldParas.size(); i++) {
                    if (oldToNew[i] < 0 && oldParas.get(i).live() == wantLive) {
                        byKey.computeIfAbsent(key(oldParas.get(i).fingerprint()), k -> new ArrayList<>()).add(i);
                    }
                }
            }
            for (NewPara p : news) {
                List<Integer> olds = byKey.get(key(p.fingerprint()));
                if (newToOld[p.order()] < 0 && olds != null && !olds.isEmpty()) {
                    link(olds.remove(0), p.order());
                }
            }
        }

        private boolean sameText(int old, int fresh) {
            return oldParas.get(old).fingerprint().sentences().equals(news.get(fresh).fingerprint().sentences());
        }

        /** For each old paragraph, the open interval of new positions between its nearest matched neighbours. */
        private int[][] gaps() {
            int[][] gaps = new int[oldParas.size()][2];
            int before = -1;
            for (int i = 0; i < oldParas.size(); i++) {
                gaps[i][0] = before;
                if (oldToNew[i] >= 0) {
                    before = oldToNew[i];
                }
            }
            int after = news.size();
            for (int i = oldParas.size() - 1; i >= 0; i--) {
                gaps[i][1] = after;
                if (oldToNew[i] >= 0) {
                    after = oldToNew[i];
                }
            }
            return gaps;
        }

        private void matchSharedSentences() {
            int[][] gaps = gaps();
            List<Candidate> candidates = new ArrayList<>();
            for (int o = 0; o < oldParas.size(); o++) {
                if (oldToNew[o] >= 0) {
                    continue;
                }
                List<String> old = oldParas.get(o).fingerprint().sentences();
                for (NewPara p : news) {
                    if (newToOld[p.order()] >= 0) {
                        continue;
                    }
                    List<String> fresh = p.fingerprint().sentences();
                    int shared = shared(old, fresh);
                    if (shared == 0) {
                        continue;
                    }
                    double dice = 2.0 * shared / (old.size() + fresh.size());
                    boolean head = old.get(0).equals(fresh.get(0));
                    boolean local = gaps[o][0] < p.order() && p.order() < gaps[o][1];
                    boolean accept = local
                            ? dice >= 0.5 || head && shared * 2 >= fresh.size()
                            : dice >= 0.5 && shared >= 2;
                    if (accept) {
                        candidates.add(new Candidate(o, p.order(), local, head, dice));
                    }
                }
            }
            // The part of a split paragraph that keeps its opening sentence keeps its id, hence "head" before score.
            candidates.sort(Comparator.comparing((Candidate c) -> !c.local()).thenComparing(c -> !c.head())
                    .thenComparing(c -> -c.score()).thenComparing(c -> !oldParas.get(c.old()).live())
                    .thenComparingInt(Candidate::fresh).thenComparingInt(Candidate::old));
            accept(candidates);
        }

        private void matchSimilarWords() {
            int[][] gaps = gaps();
            List<Candidate> candidates = new ArrayList<>();
            for (int o = 0; o < oldParas.size(); o++) {
                if (oldToNew[o] >= 0) {
                    continue;
                }
                Fingerprint old = oldParas.get(o).fingerprint();
                for (int n = gaps[o][0] + 1; n < gaps[o][1]; n++) {
                    if (newToOld[n] >= 0) {
                        continue;
                    }
                    double score = similarity(old, news.get(n));
                    if (score > 0) {
                        candidates.add(new Candidate(o, n, true, false, score));
                    }
                }
            }
            candidates.sort(Comparator.comparing((Candidate c) -> -c.score())
                    .thenComparing(c -> !oldParas.get(c.old()).live())
                    .thenComparingInt(Candidate::fresh).thenComparingInt(Candidate::old));
            accept(candidates);
        }

        /** Similarity in (0, 1] when {@code fresh} passes for a version of {@code old}, else 0. */
        private static double similarity(Fingerprint old, NewPara fresh) {
            if (old.complete()) {
                // A short paragraph is wholly in its excerpt: compare characters, as a simhash of a few words is noise.
                String a = Fingerprint.normalise(old.excerpt());
                String b = Fingerprint.normalise(fresh.passage().text());
                if (b.length() > 2 * Fingerprint.EXCERPT_LENGTH) {
                    return 0;
                }
                double s = 1.0 - (double) levenshtein(a, b) / Math.max(1, Math.max(a.length(), b.length()));
                return s >= MIN_SHORT_SIMILARITY ? s : 0;
            }
            int d = Fingerprint.distance(old.simhash(), fresh.fingerprint().simhash());
            return d <= MAX_SIMHASH_DISTANCE ? 1.0 - d / 64.0 : 0;
        }

        private void accept(List<Candidate> candidates) {
            for (Candidate c : candidates) {
                if (oldToNew[c.old()] < 0 && newToOld[c.fresh()] < 0) {
                    link(c.old(), c.fresh());
                }
            }
        }

        private static int shared(List<String> a, List<String> b) {
            Map<String, Integer> counts = new HashMap<>();
            a.forEach(s -> counts.merge(s, 1, Integer::sum));
            int shared = 0;
            for (String s : b) {
                Integer left = counts.get(s);
                if (left != null && left > 0) {
                    counts.put(s, left - 1);
                    shared++;
                }
            }
            return shared;
        }

        static int levenshtein(String a, String b) {
            int[] row = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                row[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                int diagonal = row[0];
                row[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int above = row[j];
                    row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                            diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                    diagonal = above;
                }
            }
            return row[b.length()];
        }

        /** Each new question's id: the old question most of its matched paragraphs come from, else a fresh one. */
        private List<String> questionIds() {
            List<Question> questions = interview.questions();
            Map<String, Integer> oldOrder = new HashMap<>();
            for (Entry e : oldEntries) {
                if (e.isQuestion()) {
                    oldOrder.put(e.id(), oldOrder.size());
                }
            }
            List<int[]> votes = new ArrayList<>(); // {new question, old question order, count}
            List<String> byOrder = new ArrayList<>(oldOrder.keySet());
            byOrder.sort(Comparator.comparing(oldOrder::get));
            List<List<NewPara>> byQuestion = byQuestion(questions.size());
            for (int q = 0; q < questions.size(); q++) {
                Map<Integer, Integer> count = new LinkedHashMap<>();
                for (NewPara p : byQuestion.get(q)) {
                    if (newToOld[p.order()] >= 0) {
                        Integer old = oldOrder.get(AnchorId.questionOf(oldParas.get(newToOld[p.order()]).id()));
                        if (old != null) {
                            count.merge(old, 1, Integer::sum);
                        }
                    }
                }
                final int question = q;
                count.forEach((old, c) -> votes.add(new int[] {question, old, c}));
            }
            votes.sort(Comparator.comparingInt((int[] v) -> -v[2]).thenComparingInt(v -> v[0])
                    .thenComparingInt(v -> v[1]));
            String[] ids = new String[questions.size()];
            Set<Integer> taken = new HashSet<>();
            for (int[] v : votes) {
                if (ids[v[0]] == null && taken.add(v[1])) {
                    ids[v[0]] = byOrder.get(v[1]);
                }
            }
            Set<String> used = new HashSet<>(oldOrder.keySet());
            int previous = -1;
            for (int q = 0; q < ids.length; q++) {
                if (ids[q] == null) {
                    // Only the opening may be q0; a question inserted before the first one becomes q0a.
                    int after = questions.get(q).isOpening() ? previous : Math.max(previous, 0);
                    ids[q] = AnchorId.fresh("q", after, nextKept(ids, q, true), used);
                    used.add(ids[q]);
                }
                previous = AnchorId.of(ids[q]).question();
            }
            return List.of(ids);
        }

        /** The new paragraphs of each question, in order: one pass, not one scan of all paragraphs per question. */
        private List<List<NewPara>> byQuestion(int questions) {
            List<List<NewPara>> byQuestion = new ArrayList<>();
            for (int q = 0; q < questions; q++) {
                byQuestion.add(new ArrayList<>());
            }
            news.forEach(p -> byQuestion.get(p.question()).add(p));
            return byQuestion;
        }

        /** Number of the next id after position {@code from} that an earlier build issued, or MAX_VALUE. */
        private static int nextKept(String[] ids, int from, boolean questions) {
            for (int i = from + 1; i < ids.length; i++) {
                if (ids[i] != null) {
                    AnchorId id = AnchorId.of(ids[i]);
                    return questions ? id.question() : id.paragraph();
                }
            }
            return Integer.MAX_VALUE;
        }

        private List<List<String>> passageIds(List<String> questionIds) {
            Set<String> used = new HashSet<>();
            oldEntries.forEach(e -> used.add(e.id()));
            used.addAll(questionIds);
            List<List<String>> result = new ArrayList<>();
            List<List<NewPara>> byQuestion = byQuestion(questionIds.size());
            for (int q = 0; q < questionIds.size(); q++) {
                String qid = questionIds.get(q);
                List<NewPara> paras = byQuestion.get(q);
                String[] ids = new String[paras.size()];
                for (int i = 0; i < paras.size(); i++) {
                    int old = newToOld[paras.get(i).order()];
                    if (old >= 0 && AnchorId.questionOf(oldParas.get(old).id()).equals(qid)) {
                        ids[i] = oldParas.get(old).id();
                    }
                }
                int previous = 0;
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] == null) {
                        ids[i] = AnchorId.fresh(qid + "-p", previous, nextKept(ids, i, false), used);
                        used.add(ids[i]);
                    }
                    previous = AnchorId.of(ids[i]).paragraph();
                }
                result.add(List.of(ids));
            }
            return result;
        }

        private Result publish(List<String> questionIds, List<List<String>> passageIds) {
            List<Question> questions = new ArrayList<>();
            List<Entry> live = new ArrayList<>();
            Map<String, String> newIdOf = new HashMap<>(); // matched old paragraph id -> its new id
            int order = 0;
            for (int q = 0; q < questionIds.size(); q++) {
                Question old = interview.questions().get(q);
                String qid = questionIds.get(q);
                List<Passage> asked = new ArrayList<>();
                List<Passage> answer = new ArrayList<>();
                List<Passage> passages = old.passages();
                for (int i = 0; i < passages.size(); i++) {
                    Passage p = passages.get(i);
                    String id = passageIds.get(q).get(i);
                    Passage stable = new Passage(id, p.number(), p.speaker(), p.opensTurn(), p.label(), p.paragraph());
                    (i < old.asked().size() ? asked : answer).add(stable);
                    NewPara np = news.get(order++);
                    live.add(new Entry(id, null, np.fingerprint(), np.fingerprint().excerpt()));
                    if (newToOld[np.order()] >= 0) {
                        newIdOf.put(oldParas.get(newToOld[np.order()]).id(), id);
                    }
                }
                String title = title(old, qid, asked);
                live.add(live.size() - passages.size(), new Entry(qid, null, null, title));
                questions.add(new Question(old.number(), qid, title, asked, answer));
            }
            List<Entry> merged = placeRetired(live);
            Map<String, String> targets = retiredTargets(merged, newIdOf);
            List<Entry> entries = new ArrayList<>();
            Map<String, String> aliases = new LinkedHashMap<>();
            for (Entry e : merged) {
                String target = targets.get(e.id());
                if (target != null) {
                    aliases.put(e.id(), target);
                    entries.add(new Entry(e.id(), target, e.fingerprint(), e.title()));
                } else {
                    entries.add(e);
                }
            }
            return new Result(new Interview(interview.transcript(), questions), aliases, new AnchorRegistry(entries));
        }

        /** Editors key sidecar titles by question id, so a question that kept {@code q3} keeps title 3. */
        private String title(Question question, String id, List<Passage> asked) {
            if (id.equals("q" + question.number())) {
                return question.title();
            }
            AnchorId stable = AnchorId.of(id);
            Integer key = stable.questionSuffix().isEmpty() ? stable.question() : null;
            return Titles.choose(interview.metadata(), key, question.isOpening(), asked);
        }

        /** The live entries with each retired one placed after the entry that preceded it in the old registry. */
        private List<Entry> placeRetired(List<Entry> live) {
            List<Entry> merged = new ArrayList<>(live);
            Set<String> liveIds = new HashSet<>();
            live.forEach(e -> liveIds.add(e.id()));
            Map<String, Integer> oldIndex = new HashMap<>();
            for (int i = 0; i < oldEntries.size(); i++) {
                oldIndex.put(oldEntries.get(i).id(), i);
            }
            for (int i = 0; i < oldEntries.size(); i++) {
                Entry e = oldEntries.get(i);
                if (liveIds.contains(e.id())) {
                    continue;
                }
                int at = 0;
                for (int k = i - 1; k >= 0; k--) {
                    String before = oldEntries.get(k).id();
                    int found = indexOf(merged, before);
                    if (found >= 0) {
                        at = found + 1;
                        break;
                    }
                }
                // A newly retired entry has no target yet ("").
                merged.add(at, new Entry(e.id(), e.target() == null ? "" : e.target(), e.fingerprint(), e.title()));
            }
            return merged;
        }

        private static int indexOf(List<Entry> entries, String id) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        private Map<String, String> retiredTargets(List<Entry> merged, Map<String, String> newIdOf) {
            Map<String, String> targets = new HashMap<>();
            for (int i = 0; i < merged.size(); i++) {
                Entry e = merged.get(i);
                if (e.live() || !e.isQuestion()) {
                    continue;
                }
                String target = null;
                for (Entry old : oldParas) {
                    String moved = newIdOf.get(old.id());
                    if (moved != null && AnchorId.questionOf(old.id()).equals(e.id())) {
                        target = AnchorId.questionOf(moved);
                        break;
                    }
                }
                if (target == null) {
                    target = stillLive(merged, e.target());
                }
                if (target == null) {
                    target = nearest(merged, i, Entry::isQuestion);
                }
                targets.put(e.id(), target != null ? target : firstLive(merged));
            }
            for (int i = 0; i < merged.size(); i++) {
                Entry e = merged.get(i);
                if (e.live() || e.isQuestion()) {
                    continue;
                }
                String question = AnchorId.questionOf(e.id());
                String target = newIdOf.get(e.id());
                if (target == null) {
                    target = stillLive(merged, e.target());
                }
                if (target == null) {
                    target = nearest(merged, i,
                            entry -> !entry.isQuestion() && AnchorId.questionOf(entry.id()).equals(question));
                }
                if (target == null) {
                    target = targets.getOrDefault(question, isLive(merged, question) ? question : null);
                }
                targets.put(e.id(), target != null ? target : firstLive(merged));
            }
            return targets;
        }

        /** An alias keeps leading where it led as long as that passage is live, so links do not wander. */
        private static String stillLive(List<Entry> entries, String target) {
            return !target.isEmpty() && isLive(entries, target) ? target : null;
        }

        private static String firstLive(List<Entry> entries) {
            return entries.stream().filter(Entry::live).map(Entry::id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("an interview without passages has no anchors"));
        }

        private static boolean isLive(List<Entry> entries, String id) {
            return entries.stream().anyMatch(e -> e.live() && e.id().equals(id));
        }

        /** The closest live entry before {@code at} that {@code wanted} accepts, else the closest after it. */
        private static String nearest(List<Entry> entries, int at, Predicate<Entry> wanted) {
            for (int k = at - 1; k >= 0; k--) {
                if (entries.get(k).live() && wanted.test(entries.get(k))) {
                    return entries.get(k).id();
                }
            }
            for (int k = at + 1; k < entries.size(); k++) {
                if (entries.get(k).live() && wanted.test(entries.get(k))) {
                    return entries.get(k).id();
                }
            }
            return null;
        }
    }
}
