package org.verbatim.bake;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.io.FilenameUtils;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.util.HtmlUtil;
import org.verbatim.write.Page;

/**
 * Reads the content folder's pages as JBake's crawler reads them (same files, same addresses and
 * attributes), without its database.
 */
final class PageReader {

    private PageReader() {
    }

    /** The content files JBake's crawler would read, in its order. */
    static List<File> files(JBakeConfiguration config) {
        return files(config, List.of());
    }

    /**
     * The content files JBake's crawler would read, in its order, had the pages written in memory at
     * {@code inMemory} (paths under the content folder) been files there too; such a page replaces a file at its
     * path, as writing it would have.
     */
    static List<File> files(JBakeConfiguration config, Collection<Path> inMemory) {
        List<File> files = new ArrayList<>();
        collect(config, config.getContentFolder(), files);
        if (inMemory.isEmpty()) {
            return files;
        }
        Path folder = config.getContentFolder().toPath();
        Path root = folder.toAbsolutePath().normalize();
        Map<Path, File> all = new TreeMap<>(PageReader::crawlOrder);
        files.forEach(f -> all.put(root.relativize(f.toPath().toAbsolutePath().normalize()), f));
        for (Path page : inMemory) {
            Path relative = root.relativize(page.toAbsolutePath().normalize());
            if (!relative.getFileName().toString().startsWith(".")) {
                // Named under the content folder as the crawler names its files, relative if the folder is.
                all.put(relative, folder.resolve(relative.toString()).toFile());
            }
        }
        return new ArrayList<>(all.values());
    }

    /**
     * The crawler's order of two paths under the content folder: it sorts each folder's entries by name and goes
     * depth first, which is comparing the paths name by name.
     */
    static int crawlOrder(Path a, Path b) {
        int names = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < names; i++) {
            int c = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    /**
     * One page parsed and given the attributes JBake's crawler adds, or null for a file JBake's crawler skips (with a
     * warning in its log): one it cannot parse or of an unknown type.
     */
    static DocumentModel read(JBakeConfiguration config, Parser parser, File file) {
        DocumentModel document = parser.processFile(file);
        if (document == null || !DocumentTypes.contains(document.getType())) {
            return null;
        }
        describe(config, document, file);
        return document;
    }

    /**
     * As {@link #read(JBakeConfiguration, Parser, File)}, for a page whose fields and body the write stage still
     * holds: the same model, without parsing the file.
     */
    static DocumentModel read(JBakeConfiguration config, FlexmarkEngine engine, Page page, File file) {
        DocumentModel document = engine.model(config, page.fields(), page.body());
        if (!DocumentTypes.contains(document.getType())) {
            return null;
        }
        describe(config, document, file);
        return document;
    }

    /** The files JBake's crawler would visit, in its order: each folder's entries sorted, depth first. */
    private static void collect(JBakeConfiguration config, File folder, List<File> files) {
        File[] contents = folder.listFiles(FileUtil.getFileFilter(config));
        if (contents == null) {
            return;
        }
        Arrays.sort(contents);
        for (File file : contents) {
            if (file.isFile()) {
                files.add(file);
            } else if (file.isDirectory()) {
                collect(config, file, files);
            }
        }
    }

    /** The attributes JBake's crawler adds to a parsed page: its address, its path to the root, its source. */
    private static void describe(JBakeConfiguration config, DocumentModel document, File file) {
        String uri = uri(config, file);
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        document.setSha1("");
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (config.getUriWithoutExtension()) {
            document.setNoExtensionUri(uri.replace("/index.html", "/"));
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
    }

    private static String uri(JBakeConfiguration config, File file) {
        // The path under the content folder, with a leading '/', as JBake's crawler has it; taken by relativising
        // rather than by JBake's removal of the folder's name from the file's, which gives a wrong address to a file
        // named absolute under a folder named relative (or the reverse).
        Path root = config.getContentFolder().toPath().toAbsolutePath().normalize();
        String path = "/" + FileUtil.asPath(root.relativize(file.toPath().toAbsolutePath().normalize()).toString());
        String name = URLEncoder.encode(FilenameUtils.getBaseName(path), StandardCharsets.UTF_8);
        String uri = "/" + FilenameUtils.getPath(path) + name
                + (useNoExtensionUri(config, path) ? "/index" : "") + config.getOutputExtension();
        return uri.startsWith("/") ? uri.substring(1) : uri;
    }

    private static boolean useNoExtensionUri(JBakeConfiguration config, String path) {
        String prefix = config.getPrefixForUriWithoutExtension();
        return config.getUriWithoutExtension() && prefix != null && !prefix.isEmpty() && path.startsWith(prefix);
    }
}
