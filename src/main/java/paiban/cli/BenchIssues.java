package paiban.cli;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import paiban.render.JpegEncoder;

import javax.imageio.IIOImage;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An archive for {@code bench --archive}: issues made from the sample's text, each different. Every
 * issue keeps the sample's pages and their slots (lead, stories, briefs, boxes, the photo, the
 * 导读 box), but each slot takes an article of its kind drawn from any page of the sample, and every
 * paragraph is re-made of sentences drawn from the whole sample, so no two issues set the same
 * paragraph or plan the same page. Each issue has two camera-sized photos of its own (the lead's and
 * the photo story's), drawn here from a seed. All of it follows from the issue's number: the same
 * archive every run.
 */
final class BenchIssues {
    static final int PHOTO_WIDTH = 3000;
    static final int PHOTO_HEIGHT = 2000;
    /** Front matter keys of a picture: taken off every article, put back on the two that show one. */
    private static final List<String> PICTURE_KEYS = List.of("image", "caption", "credit", "alt", "focus");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？]*[。！？][”’」』）]*");

    /** An article of the sample: its front matter by key (each key's lines as written), and its body. */
    private record Article(String kind, Map<String, String> front, String title, List<String> body) {
    }

    /** A place on a page of the sample: its page folder, file name and the kind of article it holds. */
    private record Slot(String page, String file, String kind) {
    }

    private final Map<String, String> pageYaml = new LinkedHashMap<>();
    private final String issueYaml;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, List<Article>> byKind = new LinkedHashMap<>();
    private final List<String> sentences = new ArrayList<>();
    /** The sample's picture descriptions (caption, credit, alt), lent to the generated photos in turn. */
    private final List<Map<String, String>> pictureWords = new ArrayList<>();

    BenchIssues(Path sample) throws IOException {
        issueYaml = Files.readString(sample.resolve("issue.yaml"));
        List<Path> pages;
        try (Stream<Path> s = Files.list(sample)) {
            pages = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("images")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString();
            if (Files.isRegularFile(page.resolve("page.yaml"))) pageYaml.put(name, Files.readString(page.resolve("page.yaml")));
            List<Path> files;
            try (Stream<Path> s = Files.list(page)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
            }
            for (Path file : files) {
                Article a = parse(Files.readString(file));
                slots.add(new Slot(name, file.getFileName().toString(), a.kind()));
                byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
                if (a.front().containsKey("image")) {
                    Map<String, String> words = new LinkedHashMap<>();
                    for (String key : PICTURE_KEYS) {
                        if (!key.equals("image") && a.front().containsKey(key)) words.put(key, a.front().get(key));
                    }
                    pictureWords.add(words);
                }
                if (!a.kind().equals("teaser")) {
                    for (String line : a.body()) {
                        if (isProse(line)) {
                            Matcher m = SENTENCE.matcher(line);
                            while (m.find()) sentences.add(m.group().strip());
                        }
                    }
                }
            }
        }
        if (sentences.isEmpty() || pictureWords.isEmpty()) {
            throw new IOException(sample + " has no prose or no picture to make bench issues from");
        }
    }

    /**
     * Writes issues {@code 1..count} under {@code into}, each in a folder named by its date (the
     * sample's date plus its number of days); returns the folders.
     */
    List<Path> write(Path into, int count) throws IOException {
        LocalDate sampleDate = LocalDate.parse(field(issueYaml, "date"));
        List<Path> issues = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDate date = sampleDate.plusDays(n);
            Path folder = into.resolve(date.toString());
            writeIssue(folder, n, date);
            issues.add(folder);
        }
        return issues;
    }

    private void writeIssue(Path folder, int n, LocalDate date) throws IOException {
        Random random = new Random(n);
        Files.createDirectories(folder.resolve("images"));
        String yaml = issueYaml.replaceFirst("(?m)^date:.*$", "date: " + date);
        String number = field(issueYaml, "number");
        if (number != null) yaml = yaml.replaceFirst("(?m)^number:.*$", "number: " + (Integer.parseInt(number) + n));
        Files.writeString(folder.resolve("issue.yaml"), yaml);
        pageYaml.forEach((page, text) -> write(folder.resolve(page).resolve("page.yaml"), text));

        Map<String, List<Article>> drawn = new LinkedHashMap<>();
        byKind.forEach((kind, list) -> {
            List<Article> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, random);
            drawn.put(kind, shuffled);
        });
        Map<String, Integer> used = new LinkedHashMap<>();
        Map<Slot, Article> filled = new LinkedHashMap<>();
        for (Slot slot : slots) {
            List<Article> pool = drawn.get(slot.kind());
            int i = used.merge(slot.kind(), 1, Integer::sum) - 1;
            filled.put(slot, pool.get(i % pool.size()));
        }
        String[] photos = {"lead-" + n + ".jpg", "photo-" + n + ".jpg"};
        writePhoto(folder.resolve("images").resolve(photos[0]), 2L * n);
        writePhoto(folder.resolve("images").resolve(photos[1]), 2L * n + 1);
        boolean leadPictured = false;
        boolean photoPictured = false;
        for (Map.Entry<Slot, Article> e : filled.entrySet()) {
            Slot slot = e.getKey();
            Article article = e.getValue();
            String photo = null;
            boolean frontPage = slot.page().equals(slots.get(0).page());
            if (frontPage && !leadPictured && article.front().containsKey("priority")) {
                photo = photos[0];
                leadPictured = true;
            } else if (!photoPictured && slot.kind().equals("photo")) {
                photo = photos[1];
                photoPictured = true;
            }
            String text = slot.kind().equals("teaser")
                    ? teaser(article, filled)
                    : article(article, photo, pictureWords.get((n + (photos[0].equals(photo) ? 0 : 1)) % pictureWords.size()), random);
            write(folder.resolve(slot.page()).resolve(slot.file()), text);
        }
    }

    /** The article with its paragraphs re-made and only the given photo, if any. */
    private String article(Article a, String photo, Map<String, String> words, Random random) {
        StringBuilder sb = new StringBuilder("---\n");
        a.front().forEach((key, lines) -> {
            if (!PICTURE_KEYS.contains(key)) sb.append(lines);
        });
        if (photo != null) {
            sb.append("image: ../images/").append(photo).append('\n');
            words.values().forEach(sb::append);
        }
        sb.append("---\n");
        for (String line : a.body()) {
            if (!isProse(line)) {
                sb.append(line).append('\n');
                continue;
            }
            sb.append(paragraph(line.strip().length(), random)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Sentences drawn from the whole sample up to about {@code length} characters, never much over:
     * every page then holds what the sample's page held, so the issue lays out without overset.
     */
    private String paragraph(int length, Random random) {
        StringBuilder p = new StringBuilder();
        for (int tries = 0; tries < 50 && p.length() < length * 0.9; tries++) {
            String s = sentences.get(random.nextInt(sentences.size()));
            if (p.length() + s.length() <= length * 1.05 || p.length() == 0 && tries >= 40) p.append(s);
        }
        return p.toString();
    }

    /** The 导读 box pointing at the leads and first stories of the later pages, as this issue has them. */
    private String teaser(Article a, Map<Slot, Article> filled) {
        StringBuilder sb = new StringBuilder("---\n");
        a.front().values().forEach(sb::append);
        sb.append("---\n");
        String front = slots.get(0).page();
        Map<String, Integer> perPage = new LinkedHashMap<>();
        filled.forEach((slot, article) -> {
            if (slot.page().equals(front) || !slot.kind().equals("story")) return;
            if (perPage.merge(slot.page(), 1, Integer::sum) > 2) return;
            int page = slots.stream().map(Slot::page).distinct().toList().indexOf(slot.page()) + 1;
            sb.append("- [").append(article.title()).append("](../").append(slot.page()).append('/')
                    .append(slot.file()).append(") 详见第").append(page).append("版\n");
        });
        return sb.toString();
    }

    /** Paragraph text: not a heading, list item, quote, table row, or blank. */
    private static boolean isProse(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("#") && !s.startsWith("-") && !s.startsWith("*") && !s.startsWith(">")
                && !s.startsWith("|") && !s.matches("\\d+[.)] .*");
    }

    private static Article parse(String text) throws IOException {
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) throw new IOException("a sample article without front matter");
        int end = t.indexOf("\n---\n", 3);
        if (end < 0) throw new IOException("a sample article whose front matter does not end");
        Map<String, String> front = new LinkedHashMap<>();
        String key = null;
        for (String line : t.substring(4, end + 1).split("\n")) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-") && line.contains(":")) {
                key = line.substring(0, line.indexOf(':')).strip();
                front.put(key, "");
            }
            if (key != null) front.merge(key, line + "\n", String::concat);
        }
        Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(t.substring(4, end + 1));
        Object title = yaml instanceof Map<?, ?> m ? m.get("title") : null;
        String plainTitle = title instanceof List<?> l ? String.join("", l.stream().map(String::valueOf).toList())
                : String.valueOf(title);
        Object kind = yaml instanceof Map<?, ?> m ? m.get("kind") : null;
        String k = kind == null ? "story" : kind.toString();
        if (k.equals("story") && front.containsKey("priority")) k = "lead";
        return new Article(k, front, plainTitle, List.of(t.substring(end + 5).split("\n")));
    }

    private static String field(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*(\\S+)").matcher(yaml);
        return m.find() ? m.group(1) : null;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A {@value #PHOTO_WIDTH}×{@value #PHOTO_HEIGHT} JPEG like a camera's: a sky-to-ground gradient,
     * soft shapes and sensor noise, so it compresses as a photograph does (about 1–2 MB).
     */
    static void writePhoto(Path file, long seed) throws IOException {
        Random r = new Random(seed);
        int w = PHOTO_WIDTH, h = PHOTO_HEIGHT;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int[] sky = {140 + r.nextInt(80), 150 + r.nextInt(80), 170 + r.nextInt(80)};
        int[] ground = {40 + r.nextInt(80), 60 + r.nextInt(80), 30 + r.nextInt(60)};
        int horizon = h / 3 + r.nextInt(h / 3);
        double fx = 2 + r.nextInt(6), fy = 1 + r.nextInt(5), phase = r.nextDouble() * 6.28;
        double[] across = new double[w];
        for (int x = 0; x < w; x++) across[x] = Math.sin(fx * x / w * 6.28 + phase);
        int noise = 0x9E3779B9 ^ (int) seed;
        for (int y = 0; y < h; y++) {
            int[] c = y < horizon ? sky : ground;
            double shade = y < horizon ? 0.7 + 0.3 * y / horizon : 1.0 - 0.4 * (y - horizon) / (h - horizon);
            double down = 0.15 * Math.cos(fy * y / h * 6.28);
            for (int x = 0; x < w; x++) {
                double wave = 0.85 + down * across[x];
                noise = noise * 1664525 + 1013904223;
                int grain = (noise >>> 27) - 16;
                int i = (y * w + x) * 3;
                for (int ch = 0; ch < 3; ch++) {
                    int v = (int) (c[2 - ch] * shade * wave) + grain;
                    bgr[i + ch] = (byte) Math.max(0, Math.min(255, v));
                }
            }
        }
        Files.write(file, JpegEncoder.encode(new IIOImage(image, null, null), 0.9f));
    }
}
