package org.verbatim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

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
            SiteBuild.copyTree(root(folder), into);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot copy Verbatim's default files into " + into, e.getCause());
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

    /** The shipped folder as a path: inside the jar's file system, or in the classes folder. */
    private static synchronized Path root(String folder) {
        String marker = folder + "/" + MARKERS.get(folder);
        URL url = Shipped.class.getClassLoader().getResource(marker);
        if (url == null) {
            throw new IllegalStateException("Verbatim's default files are missing from its class path (" + marker
                    + "); rebuild the jar with 'mvn package'");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    try {
                        // Left open for the life of the process: serve copies from it on every rebuild.
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException raced) {
                        // Opened meanwhile by another caller; Path.of below finds it.
                    }
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read Verbatim's default files at " + url, e);
        }
    }
}
