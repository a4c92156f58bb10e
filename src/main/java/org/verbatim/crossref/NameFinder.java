package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in a paragraph: runs of capitalised words and acronyms, joined over "of" and, inside titles such as
 * "Agreement on the Promotion and Mutual Protection of Investments", over small connecting words. Role words
 * ("President") are cut off and mark the following name as a person; sentence-initial capitals, adjectives of
 * nationality and ideologies are dropped. Decisions that need the whole build (is "China" a name elsewhere? does
 * "Belt and Road" recur?) use statistics gathered from every paragraph first.
 */
final class NameFinder {
    /** One mention of a name. {@code start}/{@code end} are offsets into the paragraph text. */
    record Found(String name, int start, int end, boolean personCue, EntityKind cue, boolean quoted, int list,
                 String expands) {
    }

    /** A word of the paragraph with where it stands and what precedes it. */
    record Word(String text, int start, int end, boolean sentenceStart, boolean fragment) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean acronym() {
            String t = bare();
            if (t.length() < 2) {
                return false;
            }
            int upper = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
            return upper >= 1 && Character.isUpperCase(t.charAt(0));
        }

        boolean possessive() {
            return text.endsWith("'s") || text.endsWith("\u2019s");
        }

        /** The word without a possessive ending. */
        String bare() {
            return possessive() ? text.substring(0, text.length() - 2) : text;
        }
    }

    /** A word, with its apostrophes, hyphens and ampersands; a web address's ending stays on it ("Mail.ru"). */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:['\u2019\\-\u2013/&][\\p{L}\\p{N}]+)*(?:\\.(?:ru|com|org|net)\\b)?");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "on", "in", "and", "against", "a", "de");
    /** Words before a common noun: a head noun after one of them ("the Council") is not used as a name. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "our", "their", "his", "her", "your", "my", "every", "each", "any", "no");
    private static final Set<String> CURRENCIES = Set.of("dollar", "dollars", "euro", "euros", "yuan", "ruble",
            "rubles", "rouble", "roubles", "pound", "pounds", "yen");
    private static final Pattern QUOTE = Pattern.compile("[\u201c\"]([^\u201d\"]{3,200})[\u201d\"]");
    /** "Name (ACR)", and since issue 15 "Name (Other Name)": a translation or short name in brackets. */
    private static final Pattern EXPANSION = Pattern.compile(
            "^\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}]+|\\p{Lu}[\\p{L}\\p{N}'’-]+(?: \\p{Lu}[\\p{L}\\p{N}'’-]+){0,3})\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LIST_GAP = Pattern.compile("^(?:\\s*,\\s*|\\s+)(?:and\\s+)?(?:the\\s+)?$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final Gazetteer gazetteer;
    /** How often each word is written in lower case, and capitalised mid-sentence, over the whole build. */
    private final Map<String, Integer> lowerCounts;
    private final Map<String, Integer> midSentenceCounts;
    private final Map<String, Integer> sentenceInitialCounts;
    private final Map<String, Integer> andPairs;
    /** Names seen standing alone (not only as a possessive or inside a longer name), normalised. */
    private final Set<String> standalone;
    /** Words that end a capitalised stretch mid-sentence ("Putin" in "Vladimir Putin"): they can be names alone. */
    private final Set<String> nameEnds;
    /** Head nouns used alone mid-sentence without an article ("members of Congress"): names, not common nouns. */
    private final Set<String> bareHeads;
    /** Words in -ist or -ism that the build uses as a surname ("Stefan Lindqvist", "Mr Kvist"), not an ideology. */
    private final Set<String> surnamesInIst;
    /** Abbreviations spelled out in lower case somewhere in the build ("natural gas vehicle (NGV)"). */
    private final Set<String> lowerCaseAcronyms;
    private int lists;
    /** The roles in the plural ("Ministers"), made once. */
    private final Set<String> pluralRoles = new HashSet<>();

    NameFinder(Gazetteer gazetteer, List<String> paragraphs) {
        this.gazetteer = gazetteer;
        // Counts and sets only, asked what they hold and never listed: gathered from the paragraphs in parallel
        // and added together, they hold what one pass in order would.
        Statistics build = paragraphs.parallelStream().collect(Statistics::new, Statistics::add, Statistics::addAll);
        lowerCounts = build.lowerCounts;
        midSentenceCounts = build.midSentenceCounts;
        sentenceInitialCounts = build.sentenceInitialCounts;
        andPairs = build.andPairs;
        standalone = build.standalone;
        nameEnds = build.nameEnds;
        bareHeads = build.bareHeads;
        surnamesInIst = build.surnamesInIst;
        // An abbreviation the build spells out in lower-case words names a kind of thing, as GDP does, not a body.
        lowerCaseAcronyms = build.lowerCaseAcronyms;
        surnamesInIst.removeIf(w -> lowerCounts.containsKey(w.toLowerCase(Locale.ROOT)));
        standalone.addAll(gazetteer.knownSpellings());
        bareHeads.removeIf(h -> lowerCounts.containsKey(h.toLowerCase(Locale.ROOT)));
        for (String role : gazetteer.roles) {
            pluralRoles.add(role + "s");
        }
    }

    /** The build's statistics of capitalisation, gathered from some of its paragraphs. */
    private final class Statistics {
        final Map<String, Integer> lowerCounts = new HashMap<>();
        final Map<String, Integer> midSentenceCounts = new HashMap<>();
        final Map<String, Integer> sentenceInitialCounts = new HashMap<>();
        final Map<String, Integer> andPairs = new HashMap<>();
        final Set<String> standalone = new HashSet<>();
        final Set<String> nameEnds = new HashSet<>();
        final Set<String> bareHeads = new HashSet<>();
        final Set<String> surnamesInIst = new HashSet<>();
        final Set<String> lowerCaseAcronyms = new HashSet<>();

        void add(String text) {
            // Looked for from each bracket only: a pattern tried at every word cost a tenth of the stage.
            Matcher acronym = LOWER_CASE_EXPANSION.matcher(text);
            for (int open = text.indexOf('('); open > 0; open = text.indexOf('(', open + 1)) {
                if (acronym.region(open, text.length()).lookingAt()) {
                    String before = text.substring(Math.max(0, open - 80), open);
                    if (initialsOf(before, acronym.group(1))) {
                        lowerCaseAcronyms.add(acronym.group(1));
                    }
                }
            }
            List<Word> words = words(text);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (i > 0 && w.capitalised() && ideologyShaped(w.bare()) && spaced(text, words, i - 1, i)) {
                    // "Stefan Lindqvist", "Mr Kvist": after a known given name or a title, a word in -ist is a
                    // surname (checked below against the build's lower-case words: "Young Communist" is none).
                    String before = words.get(i - 1).text();
                    if (gazetteer.givenNames.contains(before.toLowerCase(Locale.ROOT))
                            && Character.isUpperCase(before.charAt(0)) || gazetteer.roles.contains(before)) {
                        surnamesInIst.add(w.bare());
                    }
                }
                if (!w.capitalised()) {
                    lowerCounts.merge(w.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                } else if (!w.sentenceStart()) {
                    midSentenceCounts.merge(w.bare(), 1, Integer::sum);
                } else {
                    sentenceInitialCounts.merge(w.bare(), 1, Integer::sum);
                }
                if (i + 2 < words.size() && words.get(i + 1).text().equals("and") && w.capitalised()
                        && words.get(i + 2).capitalised()) {
                    andPairs.merge(w.text() + " and " + words.get(i + 2).text(), 1, Integer::sum);
                }
            }
            for (List<Word> segment : segments(text, words)) {
                Word last = segment.get(segment.size() - 1);
                if (!last.sentenceStart()) {
                    nameEnds.add(last.bare());
                }
                // A capital at the start of a sentence proves nothing, and a stretch tied by "of" or "and" to
                // another capitalised word may be only part of a name ("Belt" in "Belt and Road").
                if (!last.possessive() && !segment.get(0).sentenceStart() && !linked(text, words, segment)) {
                    standalone.add(Names.normalise(join(text, segment)));
                    int at = position(words, segment.get(0));
                    if (segment.size() == 1 && gazetteer.head(last.bare()) != null
                            && (at == 0 || !DETERMINERS.contains(words.get(at - 1).text().toLowerCase(Locale.ROOT)))) {
                        bareHeads.add(last.bare());
                    }
                }
            }
        }

        void addAll(Statistics other) {
            other.lowerCounts.forEach((k, n) -> lowerCounts.merge(k, n, Integer::sum));
            other.midSentenceCounts.forEach((k, n) -> midSentenceCounts.merge(k, n, Integer::sum));
            other.sentenceInitialCounts.forEach((k, n) -> sentenceInitialCounts.merge(k, n, Integer::sum));
            other.andPairs.forEach((k, n) -> andPairs.merge(k, n, Integer::sum));
            standalone.addAll(other.standalone);
            nameEnds.addAll(other.nameEnds);
            bareHeads.addAll(other.bareHeads);
            surnamesInIst.addAll(other.surnamesInIst);
            lowerCaseAcronyms.addAll(other.lowerCaseAcronyms);
        }
    }

    /** An abbreviation in brackets: "(NGV)", "(NGVs)". */
    private static final Pattern LOWER_CASE_EXPANSION = Pattern.compile("\\((\\p{Lu}{2,6})s?\\)");

    /**
     * Whether {@code acronym} is the initials of the last words of {@code words}, all written in lower case (parts of
     * a hyphenated word count apart): "natural gas vehicle " for NGV.
     */
    static boolean initialsOf(String words, String acronym) {
        String[] parts = words.stripTrailing().split("[\\s-]+");
        if (parts.length < acronym.length() || !words.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < acronym.length(); i++) {
            String part = parts[parts.length - acronym.length() + i];
            if (part.isEmpty() || !Character.isLowerCase(part.charAt(0))
                    || Character.toUpperCase(part.charAt(0)) != acronym.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The names mentioned in one paragraph, in reading order. */
    List<Found> find(String text) {
        Local local = findLocal(text);
        List<Found> found = local.numbered(lists);
        lists += local.lists();
        return found;
    }

    /**
     * What {@link #find} gives for one paragraph, with its lists numbered from 1 within the paragraph: paragraphs
     * can then be read on several threads and numbered afterwards in build order ({@link #numbered}), which gives
     * the numbers {@code find} would have given, paragraph after paragraph.
     */
    record Local(List<Found> found, int lists) {
        /** The names with their lists numbered after the {@code before} lists of the paragraphs read earlier. */
        List<Found> numbered(int before) {
            List<Found> numbered = new ArrayList<>(found.size());
            found.forEach(f -> numbered.add(withList(f, f.list() + before)));
            return numbered;
        }
    }

    /** The lists of one paragraph, numbered as they are met. */
    private static final class Lists {
        private int last;

        int next() {
            return ++last;
        }
    }

    /** As {@link #find}, lists numbered within the paragraph; safe on several threads once the finder is built. */
    Local findLocal(String text) {
        Lists lists = new Lists();
        List<Found> found = new ArrayList<>();
        List<Word> words = words(text);
        boolean[] consumed = new boolean[words.size()];
        quotedTitles(text, words, consumed, found, lists);
        int previousEnd = -1;
        int list = lists.next();
        int i = 0;
        while (i < words.size()) {
            if (consumed[i]) {
                i++;
                continue;
            }
            Word w = words.get(i);
            int known = knownFromRole(text, words, i);
            if (known > i) {
                // "General Electric", "General Motors": a known name that begins with an office's word.
                for (Found f : clean(text, words, i, known)) {
                    list = listId(text, previousEnd, f.start(), list, lists);
                    found.add(withList(f, list));
                    previousEnd = f.end();
                }
                i = known + 1;
                continue;
            }
            int role = roleLength(words, i, text);
            if (role > 0) {
                int after = i + role;
                if (after + 2 < words.size() && ordinal(words.get(after).text())
                        && words.get(after + 1).capitalised() && spaced(text, words, after, after + 1)) {
                    // "Captain 1st Class Artamonov": a rank's class is part of the title.
                    after += 2;
                }
                // "Envoy to the Urals District Ivan Petrov", "Ambassador to France": an office's "to" names its
                // place as "of" does, and the holder may follow.
                boolean roleOf = after + 1 < words.size()
                        && (words.get(after).text().equals("of") || words.get(after).text().equals("to"))
                        && spaced(text, words, after - 1, after);
                int start = roleOf ? after + 1 : after;
                if (roleOf && start < words.size() && words.get(start).text().equals("the")) {
                    start++;
                }
                if (start < words.size() && startable(words.get(start)) && spaced(text, words, start - 1, start)) {
                    int end = runEnd(text, words, start);
                    if (roleOf && start == end && mostlyLowerCase(words.get(start).bare())) {
                        // "Minister of Education", "Minister of Finance": the office's field is a common word, no
                        // name of its own.
                        i = end + 1;
                        continue;
                    }
                    List<Found> names = roleOf
                            ? splitRoleOf(text, words, start, end)
                            : List.of(found(text, words, start, end, true));
                    for (Found f : names) {
                        if (f != null) {
                            list = listId(text, previousEnd, f.start(), list, lists);
                            found.add(withList(f, list));
                            previousEnd = f.end();
                        }
                    }
                    i = end + 1;
                } else {
                    i = after;
                }
                continue;
            }
            // "the 20 Questions with ...": a title may begin at its number.
            boolean numberedTitle = count(w.text())
                    && (i == 0 || !continues(words.get(i - 1)) || !spaced(text, words, i - 1, i))
                    && countedTitle(text, words, -1, i);
            if (!numberedTitle && !startable(w) && !roleBeforeHead(text, words, i)) {
                i++;
                continue;
            }
            int end = runEnd(text, words, i);
            for (Found f : clean(text, words, i, end)) {
                list = listId(text, previousEnd, f.start(), list, lists);
                found.add(withList(f, list));
                previousEnd = f.end();
            }
            i = end + 1;
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Local(found, lists.last);
    }

    private static int listId(String text, int previousEnd, int start, int list, Lists lists) {
        if (previousEnd >= 0 && previousEnd <= start && LIST_GAP.matcher(text.substring(previousEnd, start)).matches()) {
            return list;
        }
        return lists.next();
    }

    private static Found withList(Found f, int list) {
        return new Found(f.name(), f.start(), f.end(), f.personCue(), f.cue(), f.quoted(), list, f.expands());
    }

    /** The last word of the name that starts at {@code start}. */
    private int runEnd(String text, List<Word> words, int start) {
        int known = knownNameEnd(text, words, start);
        if (known >= 0) {
            return known;
        }
        int j = start;
        // A title with a number in it ("20 Questions with ...", "Panfilov's 28 Men") joins over "with" too.
        boolean numbered = count(words.get(start).text());
        boolean title = isTitleHead(words.get(start)) || numbered;
        int capitals = 1;
        while (true) {
            Word last = words.get(j);
            int k0 = j + 1;
            if (k0 + 1 < words.size() && NUMBER_SIGNS.contains(words.get(k0).text())
                    && count(words.get(k0 + 1).text()) && numberSign(text, words, j, k0)) {
                // "Symphony No. 7", "School No.281", "Legend No 17": the number is the end of the name.
                return k0 + 1;
            }
            if (k0 + 1 < words.size() && countedTitle(text, words, j, k0)) {
                // "Panfilov's 28 Men": a small number between a name and a capitalised common word is inside a title.
                j = k0 + 1;
                capitals++;
                title = true;
                numbered = true;
                continue;
            }
            if (last.possessive() && j > start
                    && (last.acronym() || standalone.contains(Names.normalise(join(text, words.subList(start, j + 1)))))) {
                return j;
            }
            if (last.possessive() && (j == start && (last.acronym() || standalone.contains(Names.normalise(last.bare()))))) {
                return j;
            }
            int k = j + 1;
            if (j == start && regnalI(text, words, start, k)) {
                // "Peter I," "under Peter I." "Peter I's reforms": the pronoun's letter as a ruler's numeral.
                return k;
            }
            if (k < words.size() && roleLength(words, k, text) > 0) {
                // "New Zealand Prime Minister": the title after a name is not part of it.
                return j;
            }
            if (k < words.size() && pluralPossessiveBeforeHead(text, words, start, j, k)) {
                // "Miners' Day", "Special Forces' Day": a plural possessive before a head noun is one name.
                j = k;
                capitals++;
                title = true;
                continue;
            }
            if (k < words.size() && spaced(text, words, j, k)
                    && (continues(words.get(k)) || gazetteer.roles.contains(words.get(k).text())
                    && !gazetteer.notNames.contains(words.get(k).text()) && headFollows(words, k + 1))) {
                j = k;
                capitals++;
                title |= isTitleHead(words.get(k));
                continue;
            }
            List<String> connectors = new ArrayList<>();
            int m = k;
            while (m < words.size() && connectors.size() < 3 && (CONNECTORS.contains(words.get(m).text())
                    || connectors.isEmpty() && words.get(m).text().equals("to")
                    && gazetteer.head(words.get(j).bare()) == EntityKind.WORK
                    || connectors.isEmpty() && numbered && words.get(m).text().equals("with"))
                    && spaced(text, words, m - 1, m)) {
                connectors.add(words.get(m).text());
                m++;
            }
            if (connectors.isEmpty() || m >= words.size() || !spaced(text, words, m - 1, m)
                    || !continues(words.get(m))) {
                return j;
            }
            int segmentEnd = m;
            while (segmentEnd + 1 < words.size() && spaced(text, words, segmentEnd, segmentEnd + 1)
                    && continues(words.get(segmentEnd + 1))) {
                segmentEnd++;
            }
            List<Word> left = words.subList(start, j + 1);
            List<Word> right = words.subList(m, segmentEnd + 1);
            if (!joins(text, connectors, left, right, title, capitals)
                    && !namedByNounAfter(text, words, connectors, left, right, segmentEnd)) {
                return j;
            }
            j = m;
            capitals++;
            title |= isTitleHead(words.get(m));
        }
    }

    /** Whether two capitalised stretches joined by small words form one name. */
    private boolean joins(String text, List<String> connectors, List<Word> left, List<Word> right, boolean title,
                          int capitals) {
        String first = connectors.get(0);
        if (first.equals("of") && (connectors.size() == 1 || connectors.equals(List.of("of", "the")))) {
            return true;
        }
        if (connectors.contains("and")) {
            Word a = left.get(left.size() - 1);
            Word b = right.get(0);
            int tail = left.size() - 1;
            while (tail > 0 && !CONNECTORS.contains(left.get(tail - 1).text())) {
                tail--;
            }
            // "Belt and Road": a pair that recurs and whose halves never stand alone is one name.
            if (connectors.equals(List.of("and")) && andPairs.getOrDefault(a.text() + " and " + b.text(), 0) >= 2
                    && !standalone.contains(Names.normalise(join(text, left.subList(tail, left.size()))))
                    && !standalone.contains(Names.normalise(join(text, right)))) {
                return true;
            }
            if (!connectors.equals(List.of("and"))) {
                return title && !(complete(left) && complete(right));
            }
            if (title) {
                return !(complete(left) && complete(right));
            }
            Word rightLast = right.get(right.size() - 1);
            EntityKind rightHead = gazetteer.head(rightLast.bare());
            boolean leftHeaded = left.stream().anyMatch(w -> gazetteer.head(w.bare()) != null);
            return rightHead != null && rightHead != EntityKind.PLACE && !leftHeaded && right.size() >= 2;
        }
        if (!title) {
            return false;
        }
        if (connectors.contains("in")) {
            String rightName = join(text, right);
            // "the Academy of Sciences in Gagarinsky District": a known place or a place-headed name after "in" is
            // where the body stands, even when it is not seen alone elsewhere.
            boolean rightPlace = gazetteer.canonical(rightName).flatMap(gazetteer::kindOf).orElse(null)
                    == EntityKind.PLACE || gazetteer.head(right.get(right.size() - 1).bare()) == EntityKind.PLACE;
            if (!standalone.contains(Names.normalise(rightName)) && !rightPlace) {
                return true;
            }
            // "Russian Year in China" is an event's name; "an Oversight Committee in Congress" is a body and where
            // it sits, two names.
            EntityKind head = null;
            for (Word w : left) {
                EntityKind k = gazetteer.head(w.bare());
                head = k != null && k != EntityKind.PLACE ? k : head;
            }
            return capitals <= 2 && head == EntityKind.EVENT;
        }
        return true;
    }

    /**
     * "the Research and Innovation national project", "the Trade and Transit programme": two capitalised stretches
     * joined by "and" right before a noun that says what they name together are that one name, unless either is a
     * name on its own, seen alone or headed ("Russia and China project", "Moscow University and Oslo University
     * plan to ..." stay two).
     */
    private boolean namedByNounAfter(String text, List<Word> words, List<String> connectors, List<Word> left,
                                     List<Word> right, int rightEnd) {
        if (!connectors.equals(List.of("and"))) {
            return false;
        }
        EntityKind after = cueAfter(text, words, rightEnd);
        if (after != EntityKind.WORK && after != EntityKind.EVENT) {
            return false;
        }
        int tail = left.size() - 1;
        while (tail > 0 && !CONNECTORS.contains(left.get(tail - 1).text())) {
            tail--;
        }
        if (complete(left.subList(tail, left.size())) || complete(right)) {
            return false;
        }
        for (Word w : right) {
            if (demonym(w.bare())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Miners' Day": a capitalised plural, an apostrophe and a space, then a capitalised head noun.
     */
    private boolean pluralPossessiveBeforeHead(String text, List<Word> words, int start, int j, int k) {
        Word a = words.get(j);
        Word b = words.get(k);
        if (!a.text().endsWith("s") || a.possessive() || !continues(b) || gazetteer.head(b.bare()) == null) {
            return false;
        }
        if (start != j || !lowerCounts.containsKey(a.bare().toLowerCase(Locale.ROOT))
                || gazetteer.canonical(a.bare()).isPresent()) {
            // Only a lone plural that the build also writes in lower case owns the head this way ("Miners' Day",
            // "Teachers' Union"); a name ending in -s ("the United States' Congress", "Special Forces' Day") stays a
            // name of its own.
            return false;
        }
        String gap = text.substring(a.end(), b.start());
        return gap.equals("' ") || gap.equals("\u2019 ");
    }

    /** A stretch that is a name by itself: it has a head noun, or it is seen standing alone elsewhere. */
    private boolean complete(List<Word> part) {
        return part.stream().anyMatch(w -> gazetteer.head(w.bare()) != null)
                || standalone.contains(Names.normalise(part.stream().map(Word::text).reduce((a, b) -> a + " " + b)
                .orElse("")));
    }

    private boolean isTitleHead(Word w) {
        EntityKind kind = gazetteer.head(w.bare());
        return kind != null && kind != EntityKind.PLACE;
    }

    /** "President of the People's Republic of China Xi Jinping": the office's country, then the person. */
    private List<Found> splitRoleOf(String text, List<Word> words, int start, int end) {
        for (int s = start + 1; s <= end; s++) {
            List<Word> rest = words.subList(s, end + 1);
            boolean plain = rest.stream().allMatch(w -> w.capitalised() && !CONNECTORS.contains(w.text()));
            // "President of the Russian Federation": a nationality before the rest is part of the office's name,
            // even where the adjective is also seen alone ("Russian is spoken").
            boolean nationality = words.subList(start, s).stream().allMatch(w -> demonym(w.bare()));
            // "Speaker of the State Duma": a rest that begins with a head noun is the body's own name, not a person.
            boolean body = gazetteer.head(rest.get(0).bare()) != null;
            // "Chairman of the Presidential Science Council Ivan Orlov": a word that modifies offices ("[Presidential]
            // Office" alone elsewhere) is not a body of its own before the rest.
            boolean modifier = s == start + 1 && gazetteer.roleModifiers.contains(words.get(start).bare());
            if (plain && !nationality && !body && !modifier
                    && standalone.contains(Names.normalise(join(text, words.subList(start, s))))) {
                List<Found> parts = new ArrayList<>(clean(text, words, start, s - 1));
                parts.add(found(text, words, s, end, true));
                return parts;
            }
        }
        // "Chairman of the Ukrainian Parliament Vladimir Litvin": after the body's head noun, two or three plain
        // capitalised words that are no name of a place are the office holder.
        for (int h = end - 2; h > start && h >= end - 3; h--) {
            if (gazetteer.head(words.get(h).bare()) == null) {
                continue;
            }
            boolean person = true;
            for (Word w : words.subList(h + 1, end + 1)) {
                person &= w.capitalised() && !CONNECTORS.contains(w.text()) && gazetteer.head(w.bare()) == null
                        && !demonym(w.bare()) && gazetteer.canonical(w.bare()).isEmpty() && !w.acronym();
            }
            if (person && spacedAll(text, words.subList(start, end + 1))) {
                List<Found> parts = new ArrayList<>(clean(text, words, start, h));
                parts.add(found(text, words, h + 1, end, true));
                return parts;
            }
            break;
        }
        // "Chairman of the Management Board of NOVATEK Leonid Mikhelson": a known given name and one or two plain
        // capitalised words ending the run are the office holder, what comes before it the body.
        for (int g = end - 1; g > start && g >= end - 2; g--) {
            Word given = words.get(g);
            if (!gazetteer.givenNames.contains(given.bare().toLowerCase(Locale.ROOT)) || given.acronym()) {
                continue;
            }
            boolean person = true;
            for (Word w : words.subList(g + 1, end + 1)) {
                person &= w.capitalised() && !CONNECTORS.contains(w.text()) && gazetteer.head(w.bare()) == null
                        && !w.acronym();
            }
            if (person && spacedAll(text, words.subList(start, end + 1))) {
                // Of the body, only the name after its last "of" ("NOVATEK" of "Management Board of NOVATEK"): the
                // board or office of a body is no name a reader looks for.
                int from = start;
                for (int k = start; k < g - 1; k++) {
                    if (words.get(k).text().equals("of")) {
                        from = k + 1;
                    }
                }
                List<Found> parts = new ArrayList<>(clean(text, words, from, g - 1));
                parts.add(found(text, words, g, end, true));
                return parts;
            }
        }
        return clean(text, words, start, end);
    }

    /** Drops what is not a name and splits compounds such as "Russia-China" into their names. */
    private List<Found> clean(String text, List<Word> words, int start, int end) {
        if (end + 1 < words.size() && words.get(end + 1).fragment() && spaced(text, words, end, end + 1)) {
            // "the New Zea- -- the New Zealand", "The Washington Pos- --": a name cut off mid-way is no name yet.
            return List.of();
        }
        if (product(text, words, start, end)) {
            return List.of();
        }
        Word first = words.get(start);
        // An archive gives every common word a stray capital mid-sentence somewhere; a lone word the build mostly
        // writes in lower case, or capitalises almost only to open a sentence, is that word at a sentence start.
        boolean strayCapital = start == end && (mostlyLowerCase(first.bare()) || mostlySentenceInitial(first.bare()));
        // After an ellipsis a sentence may start or go on ("trans... Regrettably, ..."): a lone capital there proves
        // no more than one at a sentence start.
        boolean opensSentence = first.sentenceStart() || start == end && afterEllipsis(text, first.start());
        if (opensSentence && !first.acronym() && !count(first.text()) && (!knownName(first.bare()) || strayCapital)) {
            String lower = first.bare().toLowerCase(Locale.ROOT);
            // A lone capital at a sentence start counts as a name only if the word ends a name mid-sentence
            // elsewhere: "Building a little bit off of ..." is a verb even though "Building Resilient ..." is a name.
            boolean commonWord = lowerCounts.containsKey(lower) || !midSentenceCounts.containsKey(first.bare())
                    || start == end && !nameEnds.contains(first.bare()) || strayCapital;
            // "Special Operations Forces' Day was established ...": a longer name seen whole inside a sentence
            // elsewhere keeps its first word at a sentence start.
            boolean seenWhole = start < end && standalone.contains(Names.normalise(join(text,
                    words.subList(start, end + 1))));
            // "Vladimir Zelensky said ...": a known given name opening a longer name is that person's, even where
            // the build never names them inside a sentence.
            boolean givenName = start < end && gazetteer.givenNames.contains(first.bare().toLowerCase(Locale.ROOT));
            if (commonWord && !seenWhole && !givenName) {
                if (start == end) {
                    return List.of();
                }
                start++;
                while (start <= end && CONNECTORS.contains(words.get(start).text())) {
                    start++;
                }
                if (start > end) {
                    return List.of();
                }
            }
        }
        List<Word> run = words.subList(start, end + 1);
        if (run.size() == 1 && adjectiveCompound(run.get(0))) {
            // "VEB-based", "WADA-controlled", "Russian-made": an adjective made from a name mentions the name, if
            // it is one; the compound is none.
            Word only = run.get(0);
            String name = only.bare().substring(0, only.bare().lastIndexOf('-'));
            boolean mentioned = !demonym(name) && (knownName(name) || gazetteer.canonical(name).isPresent()
                    || name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT)));
            return mentioned ? List.of(new Found(name, only.start(), only.start() + name.length(), false, null, false,
                    0, null)) : List.of();
        }
        if (run.size() == 1 && (run.get(0).text().contains("-") || run.get(0).text().contains("\u2013"))) {
            List<Found> parts = compound(text, run.get(0));
            if (parts != null) {
                return parts;
            }
        }
        if (run.size() == 1 && run.get(0).bare().contains("/")) {
            return slashed(text, words, start);
        }
        if (run.size() == 1) {
            Word only = run.get(0);
            String lower = only.bare().toLowerCase(Locale.ROOT);
            if (!only.acronym() && Text.STOP_WORDS.contains(lower)) {
                // "\u201cOf course ...\u201d": a function word capitalised after a quote mark.
                return List.of();
            }
            if (gazetteer.roleModifiers.contains(only.bare()) && gazetteer.canonical(only.bare()).isEmpty()) {
                // "[Presidential] Executive Office", "Acting": a word that modifies offices is no name alone.
                return List.of();
            }
            if (designatorFollows(text, words, start) && gazetteer.canonical(only.bare()).isEmpty()) {
                // "Category 4 storms", "Category A debris removal", "Title 42": a class label, not a name.
                return List.of();
            }
        }
        if (officeField(text, words, start, end)) {
            // "the Defence Minister", "Economic Development Minister Maxim Oreshkin", "Industry and Trade Minister":
            // the office's field, not a name.
            return List.of();
        }
        boolean known = gazetteer.canonical(join(text, run)).isPresent();
        if (!known && run.stream().allMatch(w -> demonym(w.bare()) || ideology(w.bare()) || CONNECTORS.contains(w.text()))) {
            return List.of();
        }
        Word last = run.get(run.size() - 1);
        if (!known && (demonym(last.bare()) || ideology(last.bare()))) {
            return List.of();
        }
        if (run.size() == 1) {
            Word only = run.get(0);
            if (gazetteer.head(only.bare()) != null && gazetteer.canonical(only.bare()).isEmpty()
                    && (!bareHeads.contains(only.bare()) || afterPluralPossessive(text, only))) {
                // "the Council"; and "Special Forces' Day": a head owned by a name is no name by itself.
                return List.of();
            }
        }
        if (followedByCurrency(text, words, end)) {
            return List.of();
        }
        if (!known && emphasised(text, words, start, end)) {
            return List.of();
        }
        return List.of(found(text, words, start, end, false));
    }

    /**
     * "Big Data fuels the economy ... chasing this data": common words capitalised for emphasis, no head noun and
     * nothing before or after that says what they name, while the same paragraph writes the last one in lower case.
     */
    private boolean emphasised(String text, List<Word> words, int start, int end) {
        if (end == start) {
            return false;
        }
        for (int i = start; i <= end; i++) {
            Word w = words.get(i);
            if (!w.capitalised() || !commonWord(w.bare()) || gazetteer.head(w.bare()) != null || demonym(w.bare())) {
                return false;
            }
        }
        if (cueBefore(text, words, start) != null || cueAfter(text, words, end) != null) {
            return false;
        }
        String lower = words.get(end).bare().toLowerCase(Locale.ROOT);
        for (Word w : words) {
            if (w.text().equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterPluralPossessive(String text, Word w) {
        int at = w.start();
        return at >= 3 && text.charAt(at - 1) == ' ' && "'\u2019".indexOf(text.charAt(at - 2)) >= 0
                && text.charAt(at - 3) == 's';
    }

    /** Words right before a role, each capitalised one a word the build also writes in lower case and no list knows. */
    private boolean officeField(String text, List<Word> words, int start, int end) {
        if (end + 1 >= words.size() || !words.get(end + 1).capitalised()) {
            return false;
        }
        for (int i = start; i <= end; i++) {
            Word w = words.get(i);
            if (CONNECTORS.contains(w.text())) {
                continue;
            }
            if (!lowerCounts.containsKey(w.bare().toLowerCase(Locale.ROOT)) || gazetteer.canonical(w.bare()).isPresent()
                    || gazetteer.head(w.bare()) != null) {
                return false;
            }
        }
        return spaced(text, words, end, end + 1) && roleLength(words, end + 1, text) > 0
                && gazetteer.canonical(join(text, words.subList(start, end + 1))).isEmpty();
    }

    private static final Set<String> NUMBER_SIGNS = Set.of("No", "Nos", "Number");

    /** A small count written in digits, one to three of them: "7", "28", "281"; not a year. */
    private static boolean count(String t) {
        if (t.isEmpty() || t.length() > 3 || t.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "No. 7", "No.281", "No 17": the sign right after word {@code j}, then the number. */
    private static boolean numberSign(String text, List<Word> words, int j, int sign) {
        if (!spaced(text, words, j, sign)) {
            return false;
        }
        String gap = text.substring(words.get(sign).end(), words.get(sign + 1).start());
        return gap.equals(" ") || gap.equals(".") || gap.equals(". ") || gap.equals("\u00a0") || gap.equals(".\u00a0");
    }

    /**
     * "Panfilov's 28 Men", "the 20 Questions with ...": word {@code at} a small number, spaced, and the word after it
     * a capitalised word mid-sentence that the build also writes in lower case (a title's common noun, not a name:
     * "in 2014 Crimea" and "the 300 Boeing jets" stay apart). Word {@code before}, if any, is a capitalised word.
     */
    private boolean countedTitle(String text, List<Word> words, int before, int at) {
        if (!count(words.get(at).text()) || at + 1 >= words.size() || !spaced(text, words, at, at + 1)) {
            return false;
        }
        Word next = words.get(at + 1);
        if (!continues(next) || next.sentenceStart() || !lowerCounts.containsKey(next.bare().toLowerCase(Locale.ROOT))
                || demonym(next.bare()) || gazetteer.canonical(next.bare()).isPresent()) {
            return false;
        }
        return before < 0 || words.get(before).capitalised() && spaced(text, words, before, at);
    }

    /** "1st", "2nd", "3rd", "4th". */
    private static boolean ordinal(String t) {
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        String rest = t.substring(digits);
        return digits > 0 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
    }

    /** One word, its last hyphenated part three or more lower-case letters: "Russian-made", "VEB-based". */
    private static boolean adjectiveCompound(Word w) {
        String t = w.bare();
        int dash = t.lastIndexOf('-');
        if (dash <= 0 || t.length() - dash - 1 < 3 || t.indexOf('-') != dash) {
            return false;
        }
        for (int i = dash + 1; i < t.length(); i++) {
            if (!Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A single capital letter, a number or a Roman numeral right after the word: "Category A", "Title 42". */
    private static boolean designatorFollows(String text, List<Word> words, int at) {
        if (at + 1 >= words.size() || !spaced(text, words, at, at + 1)) {
            return false;
        }
        String next = words.get(at + 1).text();
        return next.length() == 1 && Character.isUpperCase(next.charAt(0)) || next.chars().allMatch(Character::isDigit)
                || next.length() >= 2 && next.length() <= 4 && next.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }

    /**
     * Products and vehicles are none of the index's kinds: a name right before a word such as "tanks" or "jets"
     * ("Abrams tanks"), or a capitalised plural right after a verb of handing over ("providing Strykers").
     */
    private boolean product(String text, List<Word> words, int start, int end) {
        if (end + 1 < words.size() && spaced(text, words, end, end + 1) && !words.get(end).possessive()
                && gazetteer.productNouns.contains(words.get(end + 1).text())) {
            return true;
        }
        if (start != end || start == 0 || !spaced(text, words, start - 1, start)) {
            return false;
        }
        String word = words.get(start).bare();
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
        return plural && gazetteer.transferVerbs.contains(words.get(start - 1).text())
                && gazetteer.canonical(word).isEmpty() && !demonym(word);
    }

    /** "Reuters/Ipsos": two names written as one word; each part is a mention with the cues of the whole. */
    private List<Found> slashed(String text, List<Word> words, int at) {
        Word word = words.get(at);
        EntityKind cue = cueBefore(text, words, at);
        if (cue == null) {
            cue = cueAfter(text, words, at);
        }
        List<Found> found = new ArrayList<>();
        int offset = word.start();
        for (String part : word.bare().split("/")) {
            int from = text.indexOf(part, offset);
            offset = from + part.length();
            if (part.length() < 2 || !Character.isUpperCase(part.codePointAt(0)) || demonym(part)
                    || gazetteer.notNames.contains(part)) {
                continue;
            }
            found.add(new Found(part, from, from + part.length(), false, cue, false, 0, null));
        }
        return found;
    }

    /**
     * "Russia-China": mentions of Russia and China when every part is a name or a nationality ("Russian-Chinese"
     * gives none); null when the word is a name of its own, such as "Sikhote-Alin".
     */
    private List<Found> compound(String text, Word word) {
        String[] parts = word.bare().split("[-\u2013]");
        if (java.util.Arrays.stream(parts).allMatch(gazetteer.notNames::contains)) {
            // "March-April", "Monday-Friday": a range of months or days, no name.
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        int offset = word.start();
        for (String part : parts) {
            int at = text.indexOf(part, offset);
            offset = at + part.length();
            if (demonym(part)) {
                continue;
            }
            if (!knownName(part)) {
                return null;
            }
            found.add(new Found(part, at, at + part.length(), false, null, false, 0, null));
        }
        return found;
    }

    private Found found(String text, List<Word> words, int start, int end, boolean personCue) {
        Word first = words.get(start);
        Word last = words.get(end);
        int to = last.possessive() ? last.end() - 2 : last.end();
        String name = text.substring(first.start(), to);
        EntityKind cue = cueBefore(text, words, start);
        if (cue == null && last.possessive() && start > 0
                && Set.of("a", "an").contains(words.get(start - 1).text().toLowerCase(Locale.ROOT))) {
            // "a Moody's analysis", "a McDonald's": a name that takes "a" before its possessive is a firm's.
            cue = EntityKind.ORGANISATION;
        }
        if (cue == null && last.possessive() && end + 1 < words.size()
                && gazetteer.personalNouns.contains(words.get(end + 1).text())) {
            // "Jeff's question", "Biden's wife": what only a person has.
            cue = EntityKind.PERSON;
        }
        if (cue == null) {
            cue = cueAfter(text, words, end);
            // "the Tianjin summit": a one-word name before an event noun is where the event is held.
            if (cue == EntityKind.EVENT && start == end) {
                cue = null;
            }
        }
        if (cue == null && start < end) {
            // "Symphony No. 7", "Panfilov's 28 Men": a name with a number inside and no head noun is a work's title.
            boolean numbered = false;
            boolean headed = false;
            for (int i = start; i <= end; i++) {
                numbered |= count(words.get(i).text());
                headed |= gazetteer.head(words.get(i).bare()) != null;
            }
            cue = numbered && !headed ? EntityKind.WORK : null;
        }
        String expands = null;
        Matcher m = EXPANSION.matcher(text.substring(last.end()));
        if (m.find() && end > start) {
            expands = m.group(1);
        }
        return new Found(name, first.start(), to, personCue || cue == EntityKind.PERSON || vocative(text, words, start, end)
                || withPronoun(text, first.start(), last.end()),
                cue, false, 0, expands);
    }

    private static final Pattern THANKS = Pattern.compile("\\b(?:Thanks|Thank you|thanks|thank you),$");

    /** "Olivia, two questions ...", "Thanks, Olivia.": a one-word name the speaker addresses is a person. */
    private static boolean vocative(String text, List<Word> words, int start, int end) {
        if (start != end) {
            return false;
        }
        String before = text.substring(0, words.get(start).start()).strip();
        String after = text.substring(words.get(end).end());
        return before.isEmpty() && after.startsWith(",")
                || THANKS.matcher(before).find() && !after.isEmpty() && ".,!?".indexOf(after.charAt(0)) >= 0;
    }

    private static final Pattern PRONOUN_AND = Pattern.compile("\\b(?:you|me|him|her|us|them) and\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_PRONOUN = Pattern.compile("^\\s+and (?:I|me|you|him|her)\\b");

    /** "you and Karine", "Olivia and I": a name joined to a personal pronoun is a person's. */
    private static boolean withPronoun(String text, int start, int end) {
        return PRONOUN_AND.matcher(text.substring(Math.max(0, start - 12), start)).find()
                || AND_PRONOUN.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
    }

    private EntityKind cueBefore(String text, List<Word> words, int start) {
        if (start == 0) {
            return null;
        }
        Word before = words.get(start - 1);
        String gap = text.substring(before.end(), words.get(start).start());
        if (!gap.isBlank() && !gap.trim().equals(",")) {
            return null;
        }
        EntityKind kind = gazetteer.cuesBefore.get(before.text());
        if (kind == null && before.text().equals("of") && start >= 2) {
            // "the city of Tianjin"
            EntityKind ofKind = gazetteer.cuesBefore.get(words.get(start - 2).text());
            kind = ofKind == EntityKind.PLACE ? ofKind : null;
        }
        return kind;
    }

    private EntityKind cueAfter(String text, List<Word> words, int end) {
        for (int k = end + 1; k <= end + 2 && k < words.size(); k++) {
            if (!text.substring(words.get(k - 1).end(), words.get(k).start()).isBlank() || words.get(k).capitalised()) {
                return null;
            }
            EntityKind kind = gazetteer.cuesAfter.get(words.get(k).text());
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private boolean followedByCurrency(String text, List<Word> words, int end) {
        return end + 1 < words.size() && CURRENCIES.contains(words.get(end + 1).text())
                && text.substring(words.get(end).end(), words.get(end + 1).start()).isBlank();
    }

    /** Quoted titles right after a word such as "resolution" or "film": the quote is a work's name. */
    private void quotedTitles(String text, List<Word> words, boolean[] consumed, List<Found> found, Lists lists) {
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start()).trim();
            String[] previous = before.split("[\\s,]+");
            String cueWord = previous.length == 0 ? "" : previous[previous.length - 1];
            if (gazetteer.cuesBefore.get(cueWord) != EntityKind.WORK) {
                continue;
            }
            String title = m.group(1).replaceAll("[\\s,.;:!?]+$", "");
            if (title.isEmpty() || !Character.isUpperCase(title.codePointAt(0))) {
                continue;
            }
            int start = m.start(1);
            found.add(new Found(title, start, start + title.length(), false, EntityKind.WORK, true, lists.next(), null));
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() >= m.start() && words.get(i).end() <= m.end()) {
                    consumed[i] = true;
                }
            }
        }
    }

    /** Number of words of a role title ("Prime Minister") starting at {@code i}; 0 if none. */
    private int roleLength(List<Word> words, int i, String text) {
        if (gazetteer.roleModifiers.contains(words.get(i).text()) && i + 1 < words.size()
                && spaced(text, words, i, i + 1)) {
            // "Honorary Chair of ...": the modifier belongs to the title, and is no name of its own.
            int role = roleLength(words, i + 1, text);
            if (role > 0) {
                return role + 1;
            }
        }
        for (int n = 3; n >= 1; n--) {
            if (i + n > words.size()) {
                continue;
            }
            List<Word> span = words.subList(i, i + n);
            if (!span.get(0).capitalised()) {
                return 0;
            }
            String phrase = join(text, span);
            // A role in the plural names its holders too ("Defence Ministers Sergei Ivanov and ...").
            if ((gazetteer.roles.contains(phrase) || pluralRoles.contains(phrase)) && (n == 1 || spacedAll(text, span))
                    && !headFollows(words, i + n)) {
                // "Deputy Prime Minister": roles in a row are one title, so no part of it is taken for a name.
                int more = i + n < words.size() && spaced(text, words, i + n - 1, i + n)
                        ? roleLength(words, i + n, text) : 0;
                return n + more;
            }
        }
        return 0;
    }

    /**
     * Whether the "I" at {@code k} numbers the ruler whose given name is at {@code start}: only where nothing but
     * punctuation or a possessive follows it, since "when I met Peter I said" reads the same way otherwise.
     */
    private boolean regnalI(String text, List<Word> words, int start, int k) {
        if (k >= words.size() || !words.get(k).bare().equals("I") || !spaced(text, words, start, k)
                || !gazetteer.givenNames.contains(words.get(start).bare().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return words.get(k).possessive() || k + 1 == words.size() || !spaced(text, words, k, k + 1);
    }

    /** "the Justice Department": a role word right before a head noun starts a name. */
    private boolean roleBeforeHead(String text, List<Word> words, int i) {
        Word w = words.get(i);
        return w.capitalised() && gazetteer.roles.contains(w.text()) && !gazetteer.notNames.contains(w.text())
                && i + 1 < words.size() && spaced(text, words, i, i + 1) && headFollows(words, i + 1)
                && continues(words.get(i + 1));
    }

    /** "General Assembly", "Justice Department": a role word before a head noun is part of a name. */
    private boolean headFollows(List<Word> words, int next) {
        return next < words.size() && gazetteer.head(words.get(next).bare()) != null;
    }

    private boolean startable(Word w) {
        return continues(w) && !gazetteer.roles.contains(w.bare()) && !(w.text().length() == 1)
                && !lowerCaseAcronyms.contains(w.bare());
    }

    private boolean continues(Word w) {
        return w.capitalised() && !gazetteer.notNames.contains(w.text()) && !ideology(w.bare())
                && !gazetteer.roles.contains(w.text()) && !contraction(w) && !w.fragment();
    }

    /** "I'm", "I'll", "Let's": a pronoun or verb with a clitic, not a name. */
    private boolean contraction(Word w) {
        int apostrophe = Math.max(w.text().indexOf('\''), w.text().indexOf('\u2019'));
        return apostrophe > 0 && gazetteer.notNames.contains(w.text().substring(0, apostrophe));
    }

    /**
     * A word the build writes in lower case at least as often as capitalised mid-sentence, and no list knows: alone
     * at a sentence start it is that common word ("Accordingly", "Academic"), even if it once stood alone inside a
     * sentence.
     */
    private boolean mostlyLowerCase(String word) {
        return lowerCounts.getOrDefault(word.toLowerCase(Locale.ROOT), 0) >= midSentenceCounts.getOrDefault(word, 0)
                && gazetteer.canonical(word).isEmpty();
    }

    /** Whether the build writes this word in lower case anywhere. */
    boolean inLowerCase(String word) {
        return lowerCounts.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A word of the language rather than of a name: written in lower case somewhere in the build, at least as often
     * as capitalised mid-sentence, and known to no list ("Golden", "Order"; not "Putin", nor "Bush" if the build
     * capitalises it more often than not).
     */
    boolean commonWord(String word) {
        String bare = word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : word;
        return lowerCounts.containsKey(bare.toLowerCase(Locale.ROOT)) && mostlyLowerCase(bare);
    }

    /**
     * A word capitalised ten times or more as often at a sentence start as inside one, and no list knows: a
     * sentence adverb ("Furthermore", "Regrettably"), which is rarely written in lower case at all. Names are said
     * mid-sentence far more often than they open one.
     */
    private boolean mostlySentenceInitial(String word) {
        return sentenceInitialCounts.getOrDefault(word, 0) >= 10 * midSentenceCounts.getOrDefault(word, 0)
                && gazetteer.canonical(word).isEmpty();
    }

    /** Whether an ellipsis ("\u2026" or "...") and blanks come just before {@code at}. */
    private static boolean afterEllipsis(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '\u2026' || i >= 2 && text.startsWith("...", i - 2));
    }

    private boolean knownName(String word) {
        return standalone.contains(Names.normalise(word));
    }

    /** Adjectives of nationality: the gazetteer's list, or a known place name plus -n, -an, -ian or -ese. */
    boolean demonym(String word) {
        if (gazetteer.demonyms.contains(word)) {
            return true;
        }
        if (word.endsWith("s") && word.length() > 4 && demonym(word.substring(0, word.length() - 1))) {
            // "Americans", "Ukrainians", "Republicans"
            return true;
        }
        for (String suffix : List.of("ese", "ian", "an", "n", "ern", "ar")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                // "Kosovar" of Kosovo: with -ar only the country's own name, known to the gazetteer, counts.
                List<String> candidates = suffix.equals("ar") ? List.of() : List.of(base, base + "a", base + "e",
                        base + "ia");
                for (String candidate : candidates) {
                    if (standalone.contains(Names.normalise(candidate))
                            && (midSentenceCounts.containsKey(candidate) || gazetteer.canonical(candidate).isPresent())) {
                        return true;
                    }
                }
                // A country the gazetteer knows needs no mention of its own: "Russian-Italian relations", "North
                // Korean leader". Not with -e, which would make "Roman" of Rome a nationality and not a first name.
                List<String> countries = suffix.equals("ar") ? List.of(base + "o") : List.of(base + "a", base + "ia",
                        base + "y");
                for (String candidate : countries) {
                    if (gazetteer.canonical(candidate).flatMap(gazetteer::kindOf).orElse(null) == EntityKind.PLACE
                            && !gazetteer.cities.contains(Names.normalise(candidate))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The country a demonym names, as the gazetteer writes it ("Russian" gives "Russia", "Chinese" "China"), or null
     * for a word that is no adjective of a country the gazetteer knows.
     */
    String countryOf(String word) {
        for (String suffix : List.of("ese", "ian", "an", "n")) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String base = word.substring(0, word.length() - suffix.length());
                for (String candidate : List.of(base + "a", base + "ia", base + "e", base)) {
                    String country = gazetteer.canonical(candidate).orElse(null);
                    if (country != null && gazetteer.kindOf(country).orElse(null) == EntityKind.PLACE
                            && !gazetteer.cities.contains(Names.normalise(candidate))) {
                        return country;
                    }
                }
            }
        }
        return null;
    }

    /** A word of an ideology ("Communist", "Marxism"), unless the build uses it as a surname ("Lindqvist"). */
    private boolean ideology(String word) {
        return ideologyShaped(word) && !surnamesInIst.contains(word);
    }

    private static boolean ideologyShaped(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ism") || w.endsWith("isms") || w.endsWith("ist") || w.endsWith("ists");
    }

    /** Where a word stands in its paragraph's words, which are in text order: a binary search, not a scan. */
    private static int position(List<Word> words, Word word) {
        return Collections.binarySearch(words, word, Comparator.comparingInt(Word::start));
    }

    /** Whether up to two connecting words tie this stretch to a capitalised word before or after it. */
    private static boolean linked(String text, List<Word> words, List<Word> segment) {
        int first = position(words, segment.get(0));
        int last = position(words, segment.get(segment.size() - 1));
        for (int n = 1; n <= 2; n++) {
            int before = first - n - 1;
            if (before >= 0 && connectorsBetween(text, words, before, first) && words.get(before).capitalised()) {
                return true;
            }
            int after = last + n + 1;
            if (after < words.size() && connectorsBetween(text, words, last, after) && words.get(after).capitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectorsBetween(String text, List<Word> words, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!CONNECTORS.contains(words.get(k).text())) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            if (!spaced(text, words, k, k + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised stretches of a paragraph split at punctuation, roles and possessives; used for statistics. */
    private List<List<Word>> segments(String text, List<Word> words) {
        List<List<Word>> segments = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean fits = w.capitalised() && !gazetteer.notNames.contains(w.text()) && !gazetteer.roles.contains(w.bare())
                    && (current.isEmpty() || spaced(text, words, i - 1, i));
            if (!fits && !current.isEmpty()) {
                segments.add(current);
                current = new ArrayList<>();
            }
            if (w.capitalised() && !gazetteer.notNames.contains(w.text()) && !gazetteer.roles.contains(w.bare())) {
                current.add(w);
                if (w.possessive()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    /** The last word of a name the gazetteer knows that begins at the office's word {@code start}, or -1. */
    private int knownFromRole(String text, List<Word> words, int start) {
        if (!gazetteer.roles.contains(words.get(start).text())) {
            return -1;
        }
        for (int end = Math.min(words.size() - 1, start + 3); end > start; end--) {
            List<Word> run = words.subList(start, end + 1);
            if (run.stream().allMatch(Word::capitalised) && spacedAll(text, run)
                    && gazetteer.canonical(join(text, run)).isPresent()) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The last word of the longest name the gazetteer knows whole, with small words inside, that starts at
     * {@code start} ("Russian Union of Industrialists and Entrepreneurs", "Ministry of Industry and Trade"), or -1:
     * the rules below would cut it at a plural or at "and".
     */
    private int knownNameEnd(String text, List<Word> words, int start) {
        List<Integer> lengths = gazetteer.joinedNameLengths(words.get(start).bare().toLowerCase(Locale.ROOT));
        for (int n : lengths) {
            int end = start + n - 1;
            if (end < words.size() && words.get(end).capitalised()
                    && gazetteer.canonical(join(text, words.subList(start, end + 1))).isPresent()) {
                return end;
            }
        }
        return -1;
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            // A word cut off mid-way ("the Amer- -- the economy") ends in a hyphen followed by space or a dash.
            boolean fragment = m.end() < text.length() && text.charAt(m.end()) == '-'
                    && (m.end() + 1 == text.length() || Character.isWhitespace(text.charAt(m.end() + 1))
                    || "\u2013\u2014-".indexOf(text.charAt(m.end() + 1)) >= 0);
            words.add(new Word(m.group(), m.start(), m.end(), sentenceStart(text, m.start()), fragment));
        }
        return words;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i))
                || "\"'\u201c\u2018\u201d\u2019()[]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".?!:".indexOf(text.charAt(i)) >= 0;
    }

    /** Whether only white space separates word {@code a} from word {@code b}. */
    private static boolean spaced(String text, List<Word> words, int a, int b) {
        return blanks(text, words.get(a).end(), words.get(b).start());
    }

    private static boolean spacedAll(String text, List<Word> span) {
        for (int i = 1; i < span.size(); i++) {
            if (!blanks(text, span.get(i - 1).end(), span.get(i).start())) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} is one or more spaces or no-break spaces (called for every pair of words). */
    private static boolean blanks(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static String join(String text, List<Word> span) {
        Word last = span.get(span.size() - 1);
        int to = last.possessive() ? last.end() - 2 : last.end();
        return text.substring(span.get(0).start(), to);
    }
}
