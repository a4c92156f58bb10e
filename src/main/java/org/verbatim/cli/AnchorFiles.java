package org.verbatim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verbatim.ingest.Problems;
import org.verbatim.structure.AnchorRegistry;

/**
 * Where each transcript's anchor registry lives: beside it ({@code name.anchors.yml}), or, with
 * {@code --anchors DIR}, under DIR at the transcript's path relative to the input folder it was found in. A folder
 * that cannot be written, or is marked read-only (no write permission for anyone, which even root respects here),
 * is never written to: the build goes on and says once per folder that its new ids cannot be pinned.
 */
final class AnchorFiles {

    private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path dir;
    private final List<Path> inputs;

    /** @param dir the {@code --anchors} folder, or null for beside each transcript */
    AnchorFiles(Path dir, List<Path> inputs) {
        this.dir = dir;
        this.inputs = inputs;
    }

    /** The registry file {@code transcript}'s ids are written to. */
    Path fileOf(Path transcript) {
        Path beside = AnchorRegistry.fileOf(transcript);
        if (dir == null) {
            return beside;
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input) && transcript.startsWith(input)) {
                return dir.resolve(input.relativize(beside).toString());
            }
        }
        return dir.resolve(beside.getFileName().toString());
    }

    /**
     * The registry the ids are read from: the one in the anchors folder, or until it exists the one beside the
     * transcript (an archive may ship its registries), so that moving them elsewhere keeps every published id.
     */
    AnchorRegistry read(Path transcript) {
        Path file = fileOf(transcript);
        if (dir != null && !Files.exists(file)) {
            return AnchorRegistry.read(AnchorRegistry.fileOf(transcript));
        }
        return AnchorRegistry.read(file);
    }

    /** Records each registry that changed; a folder that cannot take it gets one warning in {@code problems}. */
    void save(Map<Path, AnchorRegistry> registries, Problems problems) {
        Map<Path, Integer> unpinned = new LinkedHashMap<>();
        for (Map.Entry<Path, AnchorRegistry> e : registries.entrySet()) {
            Path file = fileOf(e.getKey());
            AnchorRegistry registry = e.getValue();
            String name = e.getKey().getFileName().toString();
            if (upToDate(file, registry, name)) {
                continue;
            }
            Path folder = file.toAbsolutePath().getParent();
            try {
                if (dir != null) {
                    Files.createDirectories(folder);
                }
                if (!writable(folder)) {
                    unpinned.merge(folder, 1, Integer::sum);
                    continue;
                }
                registry.writeIfChanged(file, name);
            } catch (IOException | RuntimeException ex) {
                unpinned.merge(folder, 1, Integer::sum);
            }
        }
        unpinned.forEach((folder, count) -> problems.warn(folder, 0, "cannot write here, so the paragraph ids of "
                + count + " transcript(s) cannot be pinned: a later build may give a changed paragraph another id;"
                + " pass --anchors DIR to keep the anchor registries (*.anchors.yml) in a folder you can write"));
    }

    private static boolean upToDate(Path file, AnchorRegistry registry, String name) {
        try {
            return Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(registry.format(name));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean writable(Path folder) {
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            return false;
        }
        try {
            return Files.getPosixFilePermissions(folder).stream().anyMatch(WRITE::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }
}
