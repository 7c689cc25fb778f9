package paiban.robust;

import paiban.cli.Main;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small issue that builds, and the command line run in-process on it. */
final class Issues {
    static final String ID = "2026-03-02";
    static final String ISSUE_YAML = "paper: 柳岸晚报\ndate: 2026-03-02\nformat: tabloid\n";
    /** Lines 2 title, 3 kind, 4 image, 5 caption. */
    static final String PHOTO = "---\ntitle: 新农机下田\nkind: photo\nimage: ../images/tractor.jpg\nalt: 田埂边停着一台红色拖拉机\n"
            + "caption: 3月1日，柳岸镇东村的农户试用新购置的插秧机。\n---\n镇农技站派出技术员现场指导。\n";

    record Run(int code, String out, String err) {
    }

    private Issues() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run build(Path issue, Path out) {
        return run("build", issue.toString(), "--out", out.toString());
    }

    /** Body paragraphs of an invented spring-ploughing story, about 90 characters each. */
    static String story(int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append("第").append(i + 1).append("段：柳岸镇今年春耕比往年提前了一周，镇农技站的技术员们天一亮就下到田头，")
                    .append("指导农户调试插秧机、检测土壤墒情。站长陈立说，全镇计划种植早稻1.2万亩，机插秧面积占到七成以上。\n\n");
        }
        return body.toString();
    }

    /** One tabloid page: a story (lines 2 title, 3 dateline) and a photo article with a JPEG. */
    static Path goodIssue(Path root) throws IOException {
        Path issue = root.resolve(ID);
        Files.createDirectories(issue.resolve("01"));
        Files.createDirectories(issue.resolve("images"));
        Files.writeString(issue.resolve("issue.yaml"), ISSUE_YAML);
        Files.writeString(issue.resolve("01/10-spring.md"), "---\ntitle: 柳岸镇春耕提前一周\ndateline: 本报讯\n---\n" + story(12));
        Files.writeString(issue.resolve("01/20-photo.md"), PHOTO);
        Files.write(issue.resolve("images/tractor.jpg"), image("jpg", 240, 160));
        return issue;
    }

    static byte[] image(String format, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x6B8E23));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return encode(img, format);
    }

    static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every regular file under {@code root} by its relative path, with its bytes. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(root)) return files;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
