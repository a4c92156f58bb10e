package org.verbatim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The files shipped inside the jar: the default project ({@code verbatim/project/}: jbake.properties, templates,
 * assets, content) and the sample transcript ({@code verbatim/sample/}), copied out from the jar or, when run
 * from the build's classes folder, from there.
 */
final class Shipped {

    static final String PROJECT = "verbatim/project";
    static final String SAMPLE = "verbatim/sample";

    /** A file every shipped folder of the default project has; it finds the folder whatever the class path. */
    private static final Map<String, String> MARKERS = Map.of(PROJECT, "jbake.properties",
            SAMPLE, "000_a9627bfb15e6d3a6.yml");

    private Shipped() {
    }

    /** Copies the shipped folder {@code folder} into {@code into}, replacing files of the same name. */
    static void copy(String folder, Path into) {
        try {
            URL marker = marker(folder);
            if (marker.openConnection() instanceof JarURLConnection jar) {
                copyEntries(jar.getJarFile(), folder + "/", into);
            } else {
                SiteBuild.copyTree(Path.of(marker.toURI()).getParent(), into);
            }
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot copy Verbatim's default files into " + into, e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy Verbatim's default files into " + into, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read Verbatim's default files", e);
        }
    }

    /**
     * Copies the jar's entries under {@code prefix}. The jar is read through the class loader's own cached copy of
     * its index: opening it as a file system indexed all of its 20,000 entries again, 75 ms of a seed build.
     */
    private static void copyEntries(JarFile jar, String prefix, Path into) throws IOException {
        Files.createDirectories(into);
        List<JarEntry> entries = jar.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())
                .sorted(Comparator.comparing(JarEntry::getName)).toList();
        for (JarEntry entry : entries) {
            Path target = into.resolve(entry.getName().substring(prefix.length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Copies one shipped file (a class-path resource such as {@code verbatim/init/pages.yml}) to {@code to}. */
    static void copyFile(String resource, Path to) {
        try (InputStream in = Shipped.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Verbatim's file " + resource + " is missing from its class path;"
                        + " rebuild the jar with 'mvn package'");
            }
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + to, e);
        }
    }

    /** The URL of the marker file of a shipped folder, in the jar or in the classes folder. */
    private static URL marker(String folder) {
        String marker = folder + "/" + MARKERS.get(folder);
        URL url = Shipped.class.getClassLoader().getResource(marker);
        if (url == null) {
            throw new IllegalStateException("Verbatim's default files are missing from its class path (" + marker
                    + "); rebuild the jar with 'mvn package'");
        }
        return url;
    }
}
