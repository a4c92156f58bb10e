import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.verbatim.crossref.CrossReferencer;
import org.verbatim.crossref.CrossRefs;
import org.verbatim.ingest.InputError;
import org.verbatim.ingest.TranscriptParser;
import org.verbatim.model.Interview;
import org.verbatim.structure.AnchorRegistry;
import org.verbatim.structure.StableAnchors;
import org.verbatim.structure.Structurer;
import org.verbatim.write.PageSet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the question pages Verbatim makes of a folder of transcripts as a Hugo content folder, for the benchmark:
 * the same Markdown bodies (paragraph attributes included), under a front matter of title and date only.
 * Usage: java -cp target/verbatim.jar bench/ExportPages.java TRANSCRIPTS_DIR HUGO_CONTENT_DIR
 * Prints the number of question pages written.
 */
public class ExportPages {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
        TranscriptParser parser = new TranscriptParser();
        Structurer structurer = new Structurer();
        List<Interview> interviews = new ArrayList<>();
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        for (Path file : files) {
            Interview positional;
            try {
                positional = structurer.structure(parser.parse(file));
            } catch (InputError e) {
                continue; // an empty page, say: the build skips it too
            }
            StableAnchors.Result stable = StableAnchors.assign(positional,
                    AnchorRegistry.read(AnchorRegistry.fileOf(file)));
            interviews.add(stable.interview());
            aliases.put(stable.interview().slug(), stable.aliases());
        }
        CrossRefs refs = CrossReferencer.link(interviews);
        Path pages = Files.createTempDirectory("verbatim-export");
        new PageSet(interviews, refs, aliases, "").writeTo(pages);
        int written = 0;
        List<Path> markdown;
        try (Stream<Path> s = Files.walk(pages)) {
            markdown = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path page : markdown) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---\n", 3);
            // The front matter is YAML (written as indented JSON): read it as YAML, keep title and date.
            Map<?, ?> front = (Map<?, ?>) new Yaml().load(text.substring(4, end + 1));
            if (!"question".equals(front.get("type"))) {
                continue;
            }
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("title", String.valueOf(front.get("title")));
            kept.put("date", String.valueOf(front.get("date")));
            DumperOptions block = new DumperOptions();
            block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            String fm = "---\n" + new Yaml(block).dump(kept) + "---\n";
            Path target = out.resolve(pages.relativize(page).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, fm + text.substring(end + 5), StandardCharsets.UTF_8);
            written++;
        }
        System.out.println(written);
    }
}
