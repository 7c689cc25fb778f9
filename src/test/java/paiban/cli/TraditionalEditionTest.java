package paiban.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.font.FontLibrary;
import paiban.layout.PageItem;
import paiban.text.PlacedGlyph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** A zh-Hant edition is set in Taiwan's faces, its centred stops and pauses never squeezed. */
class TraditionalEditionTest {
    private static final String BODY = "十一月二十五日上午十時，隨著第一輛公車緩緩駛上橋面，望溪大橋正式通車。"
            + "「以前到老城區要繞四十多分鐘，現在八分鐘就到了。」在新市鎮上班的周海鵬說。通車首日，大橋累計通行"
            + "汽機車約二點一萬輛次，未發生交通擁堵；夜幕降臨，燈光倒映在青溪水面，吸引不少市民駐足拍照。";

    @TempDir
    Path dir;

    private IssueBuilder.Result build(String language) throws IOException {
        Path issue = dir.resolve(language).resolve("2026-11-27");
        Files.createDirectories(issue.resolve("01"));
        Files.writeString(issue.resolve("issue.yaml"),
                "paper: 青溪時報\ndate: 2026-11-27\nformat: tabloid\nlanguage: " + language + "\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) body.append(BODY).append("\n\n");
        Files.writeString(issue.resolve("01/10-bridge.md"), "---\ntitle: 望溪大橋昨日通車：兩岸「一橋相連」\n---\n" + body);
        IssueBuilder.Result r = new IssueBuilder(FontLibrary.load(Path.of("fonts"))).build(issue, dir.resolve(language).resolve("out"));
        assertTrue(r.ok(), r.diagnostics().toString());
        return r;
    }

    private static List<PlacedGlyph> marks(IssueBuilder.Result r) {
        return r.pages().stream().flatMap(p -> p.items().stream())
                .filter(i -> i instanceof PageItem.TextLine).flatMap(i -> ((PageItem.TextLine) i).line().glyphs().stream())
                .filter(g -> "。，、：；".contains(g.text())).toList();
    }

    @Test
    void taiwansFacesAreEmbeddedAndItsCentredMarksKeepTheirFullWidth() throws IOException {
        IssueBuilder.Result traditional = build("zh-Hant");
        List<PlacedGlyph> marks = marks(traditional);
        assertFalse(marks.isEmpty());
        for (PlacedGlyph g : marks) {
            assertEquals(g.size(), g.width(), 0.01, "«" + g.text() + "» is set a full em");
            assertTrue(g.face().file().getFileName().toString().contains("TC"), g.face().toString());
        }
        Set<String> embedded = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(dir.resolve("zh-Hant/out/2026-11-27/2026-11-27.pdf").toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) embedded.add(resources.getFont(name).getName());
        }
        assertTrue(embedded.stream().anyMatch(n -> n.endsWith("NotoSerifTC-Regular")), embedded.toString());
        assertTrue(embedded.stream().noneMatch(n -> n.contains("SC-")), embedded.toString());

        // the same text in a simplified edition squeezes a mark that ends a line to half an em
        assertTrue(marks(build("zh-Hans")).stream().anyMatch(g -> g.width() < g.size() * 0.6));
    }
}
