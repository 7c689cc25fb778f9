package paiban.source;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/** Writes a small, valid example issue for {@code paiban new}: the format shown by example. */
public final class Scaffold {
    private Scaffold() {
    }

    /** Creates the folder (it must not exist or be empty) with issue.yaml, two pages and a picture. */
    public static void create(Path newIssueFolder, LocalDate date) throws IOException {
        if (Files.exists(newIssueFolder)) {
            if (!Files.isDirectory(newIssueFolder)) throw new FileAlreadyExistsException(newIssueFolder.toString());
            try (Stream<Path> s = Files.list(newIssueFolder)) {
                if (s.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(newIssueFolder.toString(), null, "folder is not empty");
                }
            }
        }
        Files.createDirectories(newIssueFolder.resolve("01"));
        Files.createDirectories(newIssueFolder.resolve("02"));
        Files.createDirectories(newIssueFolder.resolve(IssueReader.IMAGES));
        write(newIssueFolder.resolve("issue.yaml"), """
                # The edition. Every key: docs/source-format.md
                paper: 示例日报
                date: %s
                number: 1
                # publisher: 示例日报社        (default: the paper's name)
                language: zh-Hans
                format: A3                    # broadsheet, tabloid, berliner, A3, A4 or WIDTHxHEIGHT in mm
                # columns: 6                  (default: the format's base grid)
                # writing: vertical           (竖排 in bands, 段; default: horizontal; page.yaml may differ)
                bleed: 3
                """.formatted(date));
        write(newIssueFolder.resolve("01/page.yaml"), """
                section: 要闻
                editor: 编辑甲
                """);
        write(newIssueFolder.resolve("01/10-lead.md"), """
                ---
                kicker: 示例引题
                title: [示例主标题第一行, 第二行]
                subtitle: 这是一篇示例头条，替换成你的稿件
                byline: 本报记者 某某
                dateline: 本报讯
                priority: 1
                image: ../images/example.png
                caption: 示例图片说明。
                alt: 描述图片里看得见的内容，给看不到图片的读者
                credit: 某某 摄
                ---

                正文写在这里。同一段落里换行
                不会产生空格；空一行才是新段落。

                ## 小标题

                可以用**加粗**、*强调*，以及指向[其他文章](../02/10-notice.md)的链接。
                """);
        write(newIssueFolder.resolve("01/20-brief.md"), """
                ---
                title: 示例简讯
                kind: brief
                ---

                简讯只有一两段文字。
                """);
        write(newIssueFolder.resolve("02/10-notice.md"), """
                ---
                title: 示例公告
                kind: box
                ---

                - 第一条
                - 第二条
                """);
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2E5E8C), 400, 300, new Color(0xD8E4EE)));
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        ImageIO.write(img, "png", newIssueFolder.resolve(IssueReader.IMAGES).resolve("example.png").toFile());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
