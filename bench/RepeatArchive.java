import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an archive of N transcripts for the reading benchmarks by repeating real labelled transcripts (the seed and
 * the test corpus) under distinct titles, dates and slugs, spread over 2000-2025, so that paging, the year archive
 * and search run at archive scale. Usage: java bench/RepeatArchive.java N DIR [SOURCE.txt ...]
 */
public class RepeatArchive {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<Path> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sources.add(Path.of(args[i]));
        }
        if (sources.isEmpty()) {
            sources = List.of(Path.of("transcripts/000_a9627bfb15e6d3a6.txt"),
                    Path.of("src/test/resources/corpus/k1_kremlin_2019-04-25_peoples-daily_written.txt"),
                    Path.of("src/test/resources/corpus/w1_whitehouse_2023-01-19_gaggle-dalton-criswell.txt"));
        }
        Files.createDirectories(out);
        LocalDate start = LocalDate.of(2000, 1, 3);
        for (int i = 0; i < n; i++) {
            Path src = sources.get(i % sources.size());
            String text = Files.readString(src, StandardCharsets.UTF_8);
            Path yml = Path.of(src.toString().replaceAll("\\.(txt|md)$", ".yml"));
            String sidecar = Files.exists(yml) ? Files.readString(yml, StandardCharsets.UTF_8) : "";
            String title = field(sidecar, "title");
            if (title == null) {
                title = text.startsWith("---") ? field(text.substring(3, text.indexOf("---", 3)), "title")
                        : text.lines().findFirst().orElse("Transcript").strip();
            }
            LocalDate date = start.plusDays((long) i * 9131 / Math.max(1, n));
            String name = String.format("%05d", i);
            StringBuilder kept = new StringBuilder();
            for (String line : sidecar.lines().toList()) {
                if (!line.matches("^(title|date|slug):.*")) {
                    kept.append(line).append('\n');
                }
            }
            kept.append("title: \"").append((title + " (archive copy " + (i + 1) + ")").replace("\"", "'"))
                    .append("\"\n").append("date: ").append(date).append('\n')
                    .append("slug: ").append(date).append("-copy-").append(name).append('\n');
            Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".yml"), kept.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String field(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*\"?(.*?)\"?\\s*$").matcher(yaml);
        return m.find() ? m.group(1) : null;
    }
}
