import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic transcript with N questions for the bake benchmark, made of the seed's own sentences
 * (one paragraph per line, "Question:" and "Vladimir Putin:" labels), so every page is realistic in size.
 * Usage: java bench/GenerateTranscript.java N OUT.txt
 */
public class GenerateTranscript {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String seed = Files.readString(Path.of("transcripts/000_a9627bfb15e6d3a6.txt"), StandardCharsets.UTF_8);
        List<String> sentences = new ArrayList<>();
        for (String s : seed.lines().skip(4).findFirst().orElseThrow().split("(?<=[.?!])(?=[A-Z])|(?<=\\. )")) {
            String t = s.replaceAll("^(Question|Putin|President of Russia Vladimir Putin): ", "").strip();
            if (t.length() > 40 && !t.contains(":")) {
                sentences.add(t);
            }
        }
        StringBuilder text = new StringBuilder("Benchmark transcript with " + n + " questions\n\n"
                + "Synthetic text made of the seed's sentences.\n\n");
        int k = 0;
        for (int q = 1; q <= n; q++) {
            text.append("Question: Question ").append(q).append(". ").append(sentences.get(k++ % sentences.size()))
                    .append(" What do you think?\n");
            text.append("Vladimir Putin: ");
            for (int p = 0; p < 4; p++) {
                text.append(sentences.get(k++ % sentences.size())).append(' ')
                        .append(sentences.get(k++ % sentences.size())).append('\n');
            }
        }
        Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1].replaceAll("\\.txt$", ".yml")),
                "date: 2025-01-01\nslug: bench-" + n + "\n", StandardCharsets.UTF_8);
    }
}
