package org.verbatim.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * The pages of one bake, held in memory: JBake's content store without its database. Templates ask it for lists
 * such as {@code published_content} or {@code published_interviews} (JBake's own model extractors call these
 * methods), which it answers as JBake's queries do, newest first; JBake's in-memory OrientDB is never started,
 * which saves its start (over a second in a fresh JVM) and a round trip per page.
 */
final class PageStore extends ContentStore {

    private final List<DocumentModel> pages = new ArrayList<>();

    PageStore() {
        super("memory", "verbatim");
    }

    @Override
    public void addDocument(DocumentModel document) {
        pages.add(document);
    }

    /** Every page, in the order they were added. */
    List<DocumentModel> pages() {
        return pages;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(docType, true);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return select(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return select("post", true);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return select("post", true);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return select("page", true);
    }

    @Override
    public long getDocumentCount(String docType) {
        return select(docType, false).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return select(docType, true).size();
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> all = new DocumentList<>();
        pages.stream().filter(p -> !p.getRendered()).forEach(all::add);
        return all;
    }

    @Override
    public Set<String> getTags() {
        return tags(true);
    }

    @Override
    public Set<String> getAllTags() {
        return tags(false);
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void startup() {
        // nothing to start: the pages are in a list
    }

    @Override
    public void close() {
        pages.clear();
    }

    @Override
    public void shutdown() {
        pages.clear();
    }

    /** Pages of a type, newest first as JBake's "order by date desc"; equal dates keep the order of adding. */
    private DocumentList<DocumentModel> select(String docType, boolean publishedOnly) {
        DocumentList<DocumentModel> selected = new DocumentList<>();
        pages.stream()
                .filter(p -> docType.equals(p.getType()))
                .filter(p -> !publishedOnly || "published".equals(p.getStatus()))
                .sorted(Comparator.comparing(DocumentModel::getDate,
                        Comparator.nullsLast(Comparator.<Date>reverseOrder())))
                .forEach(selected::add);
        return selected;
    }

    private Set<String> tags(boolean publishedOnly) {
        Set<String> tags = new LinkedHashSet<>();
        for (DocumentModel page : pages) {
            if ((!publishedOnly || "published".equals(page.getStatus())) && page.getTags() != null
                    && DocumentTypes.contains(page.getType())) {
                tags.addAll(List.of(page.getTags()));
            }
        }
        return tags;
    }
}
