package org.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.verbatim.ingest.Problems;

/**
 * The record of the last successful build of each site (keyed by project and output folder) in the user's cache
 * folder: a fingerprint of everything the build read, and a hash of every file it published. A build whose
 * fingerprint equals the recorded one, over a site that still holds exactly the recorded files, is skipped. The
 * record is only ever a shortcut: a missing, unreadable or mismatching one means an ordinary build.
 */
final class BuildCache {

    private static final String HEADER = "verbatim build record 1";

    private final Path folder;

    BuildCache(Path folder) {
        this.folder = folder;
    }

    /** {@code $XDG_CACHE_HOME/verbatim} when that is an absolute path (as the XDG rules say), else ~/.cache/verbatim. */
    static Path defaultFolder(Map<String, String> env, String home) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        Path base = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("verbatim");
    }

    /** Whether {@code cache} lies inside {@code site}: the published folder must never carry the cache. */
    static boolean inside(Path cache, Path site) {
        Path c = cache.toAbsolutePath().normalize();
        Path s = site.toAbsolutePath().normalize();
        return c.startsWith(s) || c.startsWith(SiteBuild.workFolder(s));
    }

    Path folder() {
        return folder;
    }

    /** What a build reads, as hashes: computed before the build, with the anchor registries hashed again after it. */
    record Fingerprint(String inputs, List<Path> registries, String registryHash) {
        /** The same inputs, with the registries as the build left them (it records the ids it published). */
        Fingerprint afterBuild() {
            return new Fingerprint(inputs, registries, hashFiles(registries));
        }

        String value() {
            return inputs + "-" + registryHash;
        }
    }

    /** What the last build of a site said, to be said again when it is skipped. */
    record Recorded(int transcripts, int questions, int paragraphs, int pages, List<Problems.Problem> warnings) {
    }

    /**
     * Everything a build of {@code site} reads: Verbatim's own code (the jar, with its default templates), the
     * options, the project's overriding files, and every file in the input folders (transcripts, sidecars, anchor
     * registries). Empty when something cannot be read: that build is simply not cached.
     */
    static Optional<Fingerprint> fingerprint(Project project, List<Path> inputs, Path anchors, Path site,
                                             String baseUrl, boolean strict) {
        try {
            Path siteAbs = site.toAbsolutePath().normalize();
            List<Path> skipped = List.of(siteAbs, SiteBuild.workFolder(siteAbs),
                    siteAbs.resolveSibling(siteAbs.getFileName() + ".old"));
            List<Path> files = new ArrayList<>();
            for (Path part : project.overrides()) {
                files.addAll(Files.isDirectory(part) ? walk(part, skipped) : List.of(part));
            }
            for (Path input : inputs) {
                if (Files.isDirectory(input)) {
                    files.addAll(walk(input, skipped));
                } else {
                    // A transcript named alone: itself, and its sidecar and registry beside it (name.*).
                    String name = input.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    String stem = dot > 0 ? name.substring(0, dot) : name;
                    Path parent = input.toAbsolutePath().getParent();
                    try (Stream<Path> beside = Files.list(parent)) {
                        beside.filter(p -> p.getFileName().toString().startsWith(stem + "."))
                                .filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                }
            }
            if (anchors != null && Files.isDirectory(anchors)) {
                files.addAll(walk(anchors, skipped));
            }
            List<Path> registries = files.stream().filter(p -> p.getFileName().toString().endsWith(".anchors.yml")
                    || (anchors != null && p.toAbsolutePath().startsWith(anchors.toAbsolutePath()))).toList();
            List<Path> others = files.stream().filter(p -> !registries.contains(p)).toList();
            String options = String.join("\n", "site " + siteAbs, "base-url " + baseUrl, "strict " + strict,
                    "anchors " + (anchors == null ? "" : anchors.toAbsolutePath().normalize()),
                    "project " + project.folder().map(f -> f.toAbsolutePath().normalize().toString()).orElse(""),
                    "inputs " + inputs.stream().map(p -> p.toAbsolutePath().normalize().toString())
                            .collect(Collectors.joining("\n")));
            String inputHash = sha256((code() + "\n" + options + "\n" + hashFiles(others))
                    .getBytes(StandardCharsets.UTF_8));
            return Optional.of(new Fingerprint(inputHash, registries, hashFiles(registries)));
        } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Which Verbatim runs: the jar (or, run from a build of the source, each class and default file) by path, size
     * and modification time, as the launcher names its class archive; hashing the 40 MB jar on every build would
     * cost more than the rest of a skipped build.
     */
    private static String code() throws URISyntaxException, IOException {
        Path location = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringBuilder id = new StringBuilder();
        for (Path f : Files.isDirectory(location) ? walk(location, List.of()) : List.of(location)) {
            id.append(f.toAbsolutePath()).append(' ').append(Files.size(f)).append(' ')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        }
        return id.toString();
    }

    private static List<Path> walk(Path folder, List<Path> skipped) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> skipped.stream().noneMatch(p.toAbsolutePath().normalize()::startsWith))
                    .sorted().toList();
        }
    }

    /** One hash over each file's path and bytes, in the order given; files are read in parallel. */
    private static String hashFiles(List<Path> files) {
        List<String> lines = files.parallelStream()
                .map(f -> f.toAbsolutePath().normalize() + "\t" + hashOf(f)).toList();
        return sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String hashOf(Path file) {
        try {
            return Files.exists(file) ? sha256(Files.readAllBytes(file)) : "absent";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Every file of the site by its path inside it, with its hash. */
    private static Map<String, String> manifest(Path site) throws IOException {
        List<Path> files = walk(site, List.of());
        return files.parallelStream().collect(Collectors.toMap(
                f -> site.relativize(f).toString().replace('\\', '/'), BuildCache::hashOf, (a, b) -> a, TreeMap::new));
    }

    /** The record file of one site: one per project and output folder. */
    private Path recordOf(Project project, Path site) {
        String key = site.toAbsolutePath().normalize() + "\n"
                + project.folder().map(f -> f.toAbsolutePath().normalize().toString()).orElse("");
        return folder.resolve("builds").resolve(sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32));
    }

    /**
     * What the last build said, when {@code fingerprint} is that build's and {@code site} still holds exactly the
     * files it published, byte for byte; else empty (also for a record that is missing or cannot be read).
     */
    Optional<Recorded> unchanged(Project project, Path site, Fingerprint fingerprint) {
        try {
            Path record = recordOf(project, site);
            if (!Files.isRegularFile(record) || !Files.isDirectory(site)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)
                    || !lines.get(1).equals("fingerprint " + fingerprint.value())) {
                return Optional.empty();
            }
            String[] counts = lines.get(2).split(" ");
            if (counts.length != 5 || !counts[0].equals("summary")) {
                return Optional.empty();
            }
            List<Problems.Problem> warnings = new ArrayList<>();
            Map<String, String> files = new TreeMap<>();
            for (String line : lines.subList(3, lines.size())) {
                String[] f = line.split(" ", -1);
                if (f[0].equals("warning") && f.length == 5) {
                    warnings.add(new Problems.Problem(decode(f[1]), Integer.parseInt(f[2]), decode(f[3]),
                            Boolean.parseBoolean(f[4])));
                } else if (f[0].equals("file") && f.length == 3) {
                    files.put(decode(f[2]), f[1]);
                } else {
                    return Optional.empty();
                }
            }
            if (!files.equals(manifest(site))) {
                return Optional.empty();
            }
            return Optional.of(new Recorded(Integer.parseInt(counts[1]), Integer.parseInt(counts[2]),
                    Integer.parseInt(counts[3]), Integer.parseInt(counts[4]), warnings));
        } catch (IOException | RuntimeException e) {
            // A damaged record is no record: the build runs as if there were none.
            return Optional.empty();
        }
    }

    /**
     * Records a successful build. A failure to write is not the build's failure: the next build is simply not
     * skipped.
     */
    void record(Project project, Path site, Fingerprint fingerprint, Recorded summary) {
        Path record = recordOf(project, site);
        try {
            StringBuilder text = new StringBuilder(HEADER).append('\n')
                    .append("fingerprint ").append(fingerprint.value()).append('\n')
                    .append("summary ").append(summary.transcripts()).append(' ').append(summary.questions())
                    .append(' ').append(summary.paragraphs()).append(' ').append(summary.pages()).append('\n');
            for (Problems.Problem w : summary.warnings()) {
                text.append("warning ").append(encode(w.file())).append(' ').append(w.line()).append(' ')
                        .append(encode(w.message())).append(' ').append(w.error()).append('\n');
            }
            manifest(site).forEach((path, hash) ->
                    text.append("file ").append(hash).append(' ').append(encode(path)).append('\n'));
            Files.createDirectories(record.getParent());
            Path temp = Files.createTempFile(record.getParent(), "record", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            forget(record);
        }
    }

    /** Removes the record of {@code site}, so that its next build runs whole. */
    void forget(Project project, Path site) {
        forget(recordOf(project, site));
    }

    private static void forget(Path record) {
        try {
            Files.deleteIfExists(record);
        } catch (IOException e) {
            // A record that cannot be removed will not match the site either once the site has changed.
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
