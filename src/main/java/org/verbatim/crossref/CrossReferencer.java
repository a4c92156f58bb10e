package org.verbatim.crossref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.verbatim.model.Interview;
import org.verbatim.model.Passage;

/** Entry point of the crossref stage: everything about every question of a build, computed in one pass. */
public final class CrossReferencer {
    private final Gazetteer gazetteer;

    public CrossReferencer() {
        this(Gazetteer.standard());
    }

    CrossReferencer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Loads the stage's gazetteer and word lists now, so that a caller can have it done while the transcripts are
     * still being read: about 40 ms in a fresh JVM, otherwise spent at the start of the stage.
     */
    public static void prepare() {
        Gazetteer.standard();
        Text.STOP_WORDS.size();
    }

    /** Cross-references of all interviews of one build; same input, same output. */
    public static CrossRefs link(List<Interview> interviews) {
        return new CrossReferencer().crossReference(interviews);
    }

    public CrossRefs crossReference(List<Interview> interviews) {
        Corpus corpus = new Corpus(interviews);
        // What needs only the corpus (related questions, back-references, figures) runs on a second thread while
        // this one finds names and topics: the two halves cost about the same.
        CompletableFuture<Beside> besideLater = CompletableFuture.supplyAsync(() -> beside(corpus), task -> {
            Thread thread = new Thread(task, "crossref-beside");
            thread.setDaemon(true);
            thread.start();
        });
        List<EntityResolver.Resolved> entities = entities(corpus);
        Map<Corpus.Page, List<OnPage>> entitiesOnPage = byPage(entities);
        IdentityHashMap<Passage, List<int[]>> nameSpans = new IdentityHashMap<>();
        for (EntityResolver.Resolved e : entities) {
            for (EntityResolver.Occurrence o : e.occurrences()) {
                nameSpans.computeIfAbsent(o.passage(), p -> new ArrayList<>())
                        .add(new int[] {o.found().start(), o.found().end()});
            }
        }
        Topics topics = new Topics(corpus, nameSpans, gazetteer, entities);

        Map<String, Map<String, QuestionRefs>> pages = new LinkedHashMap<>();
        Map<String, String> topicLabels = new TreeMap<>();
        Map<String, List<QuestionRef>> topicPages = new TreeMap<>();
        List<FigureEntry> allFigures = new ArrayList<>();
        // Ranked in parallel, named below in build order: the first spelling of a topic wins as before.
        List<List<Topics.Phrase>> chosen = topics.chooseAll();
        Beside done = join(besideLater);
        for (Corpus.Page page : corpus.pages) {
            List<String> pageTopics = new ArrayList<>();
            for (Topics.Phrase phrase : chosen.get(page.index())) {
                // The first spelling of a topic key names it everywhere, so a page and the index always agree.
                String label = topicLabels.computeIfAbsent(Names.key(phrase.label()), k -> phrase.label());
                pageTopics.add(label);
                topicPages.computeIfAbsent(Names.key(label), k -> new ArrayList<>()).add(page.ref());
            }
            List<Figure> figures = done.figures().get(page.index());
            figures.forEach(f -> allFigures.add(new FigureEntry(page.slug(), page.question().id(), f)));
            QuestionRefs refs = new QuestionRefs(pageTopics,
                    pageEntities(entitiesOnPage.getOrDefault(page, List.of())), figures,
                    done.related().get(page.index()), done.backReferences().get(page.index()));
            pages.computeIfAbsent(page.slug(), s -> new LinkedHashMap<>()).put(page.question().id(), refs);
        }
        List<Topic> topicIndex = new ArrayList<>();
        topicPages.forEach((key, refs) -> topicIndex.add(new Topic(Names.key(topicLabels.get(key)),
                topicLabels.get(key), refs)));
        topicIndex.sort(Comparator.comparing(Topic::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Topic::key));
        return new CrossRefs(pages, topicIndex, indexed(entities), allFigures);
    }

    /** Per page, in corpus order: what the second thread finds. */
    private record Beside(List<List<Related>> related, List<List<BackReference>> backReferences,
                          List<List<Figure>> figures) {
    }

    private static Beside beside(Corpus corpus) {
        List<List<Related>> related = new RelatedQuestions(corpus).find();
        BackReferenceFinder backReferences = new BackReferenceFinder(corpus);
        FigureFinder figureFinder = new FigureFinder();
        List<List<BackReference>> refs = new ArrayList<>();
        List<List<Figure>> figures = new ArrayList<>();
        for (Corpus.Page page : corpus.pages) {
            refs.add(backReferences.find(page));
            List<Figure> onPage = new ArrayList<>();
            for (Passage passage : page.passages()) {
                onPage.addAll(figureFinder.find(passage.text(), passage.id()));
            }
            figures.add(onPage);
        }
        return new Beside(related, refs, figures);
    }

    /** The second thread's result; its failure is rethrown here as it was thrown there. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private List<EntityResolver.Resolved> entities(Corpus corpus) {
        List<String> paragraphs = new ArrayList<>();
        corpus.pages.forEach(p -> p.passages().forEach(passage -> paragraphs.add(passage.text())));
        NameFinder finder = new NameFinder(gazetteer, paragraphs);
        EntityResolver resolver = new EntityResolver(gazetteer, finder);
        Map<org.verbatim.model.Speaker, java.util.Optional<String>> speakerNames = new java.util.HashMap<>();
        // Names are found in every paragraph in parallel, then taken in build order, their lists numbered as one
        // finder reading paragraph after paragraph would number them.
        record Read(Corpus.Page page, Passage passage) {
        }
        List<Read> read = new ArrayList<>();
        for (Corpus.Page page : corpus.pages) {
            for (Passage passage : page.passages()) {
                // Place and time lines before the first speaker ("Aboard Air Force One") are not content; a lead
                // written in sentences before the first label is ("Vladimir Putin met with ...").
                if (passage.speaker() != null || isProse(passage.text())) {
                    read.add(new Read(page, passage));
                }
            }
        }
        // Every speaker of the build by name: a label left in another interview's text ("Chairman of the Council
        // Alexei Kudrin") ends in one of them. Looked up by the name's endings, so the cost is per mention.
        Set<String> buildSpeakers = new java.util.HashSet<>();
        Set<org.verbatim.model.Interview> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Corpus.Page page : corpus.pages) {
            if (seen.add(page.interview())) {
                buildSpeakers.addAll(speakersOf(page, speakerNames));
            }
        }
        List<NameFinder.Local> inParagraphs = read.parallelStream()
                .map(r -> finder.findLocal(r.passage().text())).toList();
        int lists = 0;
        for (int i = 0; i < read.size(); i++) {
            Corpus.Page page = read.get(i).page();
            Passage passage = read.get(i).passage();
            NameFinder.Local local = inParagraphs.get(i);
            String label = local.found().isEmpty() ? null : SpeakerNames.labelInText(passage.text(), gazetteer);
            for (NameFinder.Found found : local.numbered(lists)) {
                List<String> speakers = speakersOf(page, speakerNames);
                if (label != null && found.end() == passage.text().indexOf(':')) {
                    speakers = new ArrayList<>(speakers);
                    speakers.add(label);
                }
                resolver.add(new EntityResolver.Occurrence(withoutLabel(found, speakers, buildSpeakers), page,
                        passage));
            }
            lists += local.lists();
            if (passage.opensTurn() && passage.speaker() != null) {
                // Every speaker is a person whose page lists their turns: the label is the evidence, so the mention
                // spans no text of the paragraph and its quote is the turn's first sentence.
                String person = speakerNames.computeIfAbsent(passage.speaker(),
                        s -> java.util.Optional.ofNullable(SpeakerNames.person(s, gazetteer,
                                page.interview().metadata().title())))
                        .orElse(null);
                if (person != null) {
                    resolver.add(new EntityResolver.Occurrence(new NameFinder.Found(person, 0, 0, true,
                            EntityKind.PERSON, false, -1, null), page, passage));
                }
            }
        }
        return resolver.resolve();
    }

    /** The person names of an interview's speakers, the labels' evidence. */
    private List<String> speakersOf(Corpus.Page page,
                                    Map<org.verbatim.model.Speaker, java.util.Optional<String>> speakerNames) {
        List<String> names = new ArrayList<>();
        for (org.verbatim.model.Speaker s : page.interview().transcript().speakers()) {
            speakerNames.computeIfAbsent(s, k -> java.util.Optional.ofNullable(SpeakerNames.person(k, gazetteer,
                    page.interview().metadata().title()))).ifPresent(names::add);
        }
        return names;
    }

    /**
     * A speaker label left inside the text ("... and Mass Media Alexander Zharov", "Senate of France Gerard
     * Larcher") is the speaker: the words before the speaker's name are the role, not part of a name.
     */
    private static NameFinder.Found withoutLabel(NameFinder.Found found, List<String> speakers,
                                                 Set<String> buildSpeakers) {
        for (String person : speakers) {
            if (found.name().length() > person.length() && found.name().endsWith(" " + person)) {
                return asPerson(found, person);
            }
        }
        // A speaker of another interview of the build, named in full (two words or more) after a body's name.
        String name = found.name();
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            String tail = name.substring(i + 1);
            if (tail.indexOf(' ') > 0 && buildSpeakers.contains(tail)) {
                return asPerson(found, tail);
            }
        }
        return found;
    }

    private static NameFinder.Found asPerson(NameFinder.Found found, String person) {
        return new NameFinder.Found(person, found.end() - person.length(), found.end(), true, EntityKind.PERSON,
                false, found.list(), null);
    }

    /** A paragraph of sentences (eight words or more, ending as a sentence ends), not a place or time line. */
    static boolean isProse(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?…".indexOf(t.charAt(t.length() - 1)) < 0) {
            return false;
        }
        return t.split("\\s+").length >= 8;
    }

    /** One entity's mentions on one page. */
    private record OnPage(EntityResolver.Resolved entity, List<EntityResolver.Occurrence> occurrences) {
    }

    /**
     * The entities mentioned on each page, in build order, each with its mentions there: built in one pass over all
     * mentions, so that each page looks only at its own (a name on every page would otherwise make it quadratic).
     * Identity maps, because records hash their whole content.
     */
    private static Map<Corpus.Page, List<OnPage>> byPage(List<EntityResolver.Resolved> entities) {
        Map<Corpus.Page, List<OnPage>> byPage = new IdentityHashMap<>();
        for (EntityResolver.Resolved e : entities) {
            Map<Corpus.Page, OnPage> mine = new IdentityHashMap<>();
            for (EntityResolver.Occurrence o : e.occurrences()) {
                mine.computeIfAbsent(o.page(), page -> {
                    OnPage on = new OnPage(e, new ArrayList<>());
                    byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(on);
                    return on;
                }).occurrences().add(o);
            }
        }
        return byPage;
    }

    /** The entities of one page in order of first mention, each with the page's paragraphs that mention it. */
    private static List<Entity> pageEntities(List<OnPage> entities) {
        record First(Entity entity, int passage, int offset) {
        }
        List<First> onPage = new ArrayList<>();
        for (OnPage on : entities) {
            EntityResolver.Resolved e = on.entity();
            Set<String> ids = new LinkedHashSet<>();
            int firstPassage = Integer.MAX_VALUE;
            int firstOffset = Integer.MAX_VALUE;
            for (EntityResolver.Occurrence o : on.occurrences()) {
                ids.add(o.passage().id());
                if (o.passage().number() < firstPassage
                        || o.passage().number() == firstPassage && o.found().start() < firstOffset) {
                    firstPassage = o.passage().number();
                    firstOffset = o.found().start();
                }
            }
            onPage.add(new First(new Entity(e.key(), e.name(), e.kind().label(), e.aliases(), List.copyOf(ids)),
                    firstPassage, firstOffset));
        }
        onPage.sort(Comparator.comparingInt(First::passage).thenComparingInt(First::offset)
                .thenComparing(f -> f.entity().key()));
        return onPage.stream().map(First::entity).toList();
    }

    private static List<IndexedEntity> indexed(List<EntityResolver.Resolved> entities) {
        List<IndexedEntity> indexed = new ArrayList<>();
        for (EntityResolver.Resolved e : entities) {
            List<Mention> mentions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (EntityResolver.Occurrence o : e.occurrences()) {
                String where = o.page().slug() + "#" + o.passage().id();
                if (!seen.add(where)) {
                    continue;
                }
                Snippets.Snippet snippet = Snippets.around(o.passage().text(), o.found().start(), o.found().end());
                mentions.add(new Mention(o.page().slug(), o.page().question().id(), o.passage().id(),
                        snippet.text(), snippet.cutBefore(), snippet.cutAfter()));
            }
            indexed.add(new IndexedEntity(e.key(), e.name(), e.kind().label(), e.aliases(), mentions));
        }
        return indexed;
    }
}
