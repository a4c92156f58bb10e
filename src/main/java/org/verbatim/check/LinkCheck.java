package org.verbatim.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every relative {@code href} and {@code src} of every HTML page in a site and proves it lands: the file
 * exists inside the site and, for {@code #anchor} links, the page has an element with that id.
 */
public final class LinkCheck {

    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Map<Path, Set<String>> idsByPage = new ConcurrentHashMap<>();
    /** Pages another check parsed already, by absolute path: their links are read from that parse. */
    private final Map<Path, Page> recorded = new ConcurrentHashMap<>();
    private final String basePath;

    /** A check for a site built without a base URL: every internal link must be relative. */
    public LinkCheck() {
        this("");
    }

    /**
     * A check for a site published at {@code basePath} ({@code /repo/}, see {@code SiteBaker.basePath}): the 404
     * page, which the host serves at any depth, may also link from that path; every other page stays relative so
     * the site keeps working from file://.
     */
    public LinkCheck(String basePath) {
        this.basePath = basePath;
    }

    /** Returns one problem per broken link, as {@code page: link 'x' ...}; empty when every link lands. */
    public List<String> check(Path site) {
        Path root = site.toAbsolutePath().normalize();
        Map<Boolean, Set<Path>> tree = tree(root);
        // Pages are parsed in parallel, each once; links are then followed against the files and ids collected, in
        // page order, so the problems come in the same order every time.
        List<Page> pages = htmlPages(root).parallelStream().map(path -> {
            Page known = recorded.remove(path);
            return known != null ? known : read(path);
        }).toList();
        pages.forEach(page -> idsByPage.put(page.path(), page.ids()));
        return pages.parallelStream()
                .flatMap(page -> page.links().stream()
                        .map(link -> {
                            String problem = problem(root, tree, page.path(), link);
                            return problem == null ? null : root.relativize(page.path()) + ": link '" + link + "' "
                                    + problem;
                        }))
                .filter(Objects::nonNull)
                .toList();
    }

    /** A page's ids and the links it makes. */
    private record Page(Path path, Set<String> ids, List<String> links) {
    }

    /**
     * Takes the links and ids of {@code page} from {@code doc}, its HTML parsed by another check, so that
     * {@link #check} does not parse it again; may be called from any thread before {@link #check}.
     */
    public void record(Path page, Document doc) {
        Path path = page.toAbsolutePath().normalize();
        recorded.put(path, read(path, doc));
    }

    private static Page read(Path path) {
        return read(path, parse(path));
    }

    private static Page read(Path path, Document doc) {
        List<String> links = new ArrayList<>();
        for (Element element : doc.select("[href], [src]")) {
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return new Page(path, idsOf(doc), links);
    }

    /**
     * The site's folders (under {@code true}) and files (under {@code false}), read once: a link is then checked
     * without asking the file system.
     */
    private static Map<Boolean, Set<Path>> tree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.collect(Collectors.partitioningBy(Files::isDirectory, Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String problem(Path root, Map<Boolean, Set<Path>> tree, Path page, String link) {
        if (link.isEmpty() || ABSOLUTE.matcher(link).matches() || link.startsWith("//")) {
            return null; // absolute: another site, or this one by its public address
        }
        int hash = link.indexOf('#');
        String path = hash >= 0 ? link.substring(0, hash) : link;
        String fragment = hash >= 0 ? link.substring(hash + 1) : "";
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target;
        if (path.startsWith("/")) {
            boolean notFoundPage = root.relativize(page).toString().equals("404.html");
            if (!notFoundPage || basePath.isEmpty() || !path.startsWith(basePath)) {
                return "is root-relative: it breaks under a subpath such as /repo/";
            }
            target = root.resolve(URLDecoder.decode(path.substring(basePath.length()), StandardCharsets.UTF_8))
                    .normalize();
        } else {
            target = path.isEmpty() ? page
                    : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        }
        if (!target.startsWith(root)) {
            return "leads outside the site";
        }
        if (tree.get(true).contains(target)) {
            target = target.resolve("index.html");
        }
        if (!tree.get(false).contains(target)) {
            return "leads to a missing file";
        }
        int directive = fragment.indexOf(":~:");
        if (directive >= 0) {
            fragment = fragment.substring(0, directive);
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
            if (!ids(target).contains(id)) {
                return "names an anchor the page does not have";
            }
        }
        return null;
    }

    private Set<String> ids(Path page) {
        return idsByPage.computeIfAbsent(page, p -> idsOf(parse(p)));
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id], a[name]")) {
            ids.add(e.hasAttr("id") ? e.id() : e.attr("name"));
        }
        return ids;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(Files.readString(page));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    static List<Path> htmlPages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
