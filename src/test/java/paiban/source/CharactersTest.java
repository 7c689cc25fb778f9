package paiban.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.diag.Diagnostic;
import paiban.diag.SourceException;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Characters the editor should change are named at their line and column, in front matter and body. */
class CharactersTest {
    @TempDir
    Path tmp;

    /** Reads with fonts that draw everything but emoji, as the shipped ones. */
    private List<Diagnostic> warnings(Fixture f) throws SourceException {
        new IssueReader(edition -> cp -> cp < 0x1F000).read(f.root, f.diags);
        return f.diags.all();
    }

    private static String where(Diagnostic d) {
        String display = d.span().display();
        return display.substring(display.indexOf('/') + 1) + ":" + d.span().line() + ":" + d.span().column();
    }

    @Test
    void unprintableCharacterIsNamedWhereItFirstStandsWithTheCountOfOthers() throws SourceException {
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: 滨江公园开园😀\nbyline: 记者 钱若水",
                "公园每天开放，免费入园😀\n\n第二段😀。\n");
        Diagnostic d = Fixture.only(warnings(f), "U+1F600");
        assertEquals("01/10-a.md:2:14", where(d), d.format());
        assertTrue(d.message().contains("(2 more in this file)"), d.message());
    }

    @Test
    void emojiAtALineEndInTheBodyIsCountedInCodePoints() throws SourceException {
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: 滨江公园开园",
                "第一段。\n公园免费😀\n");
        assertEquals("01/10-a.md:5:5", where(Fixture.only(warnings(f), "U+1F600")));
    }

    @Test
    void halfWidthPunctuationBetweenChineseSuggestsTheFullWidthMark() throws SourceException {
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: 滨江公园开园",
                "公园里有鸟, 也有鱼(很多)!真的。还有鸭,鹅。\n");
        List<Diagnostic> ds = warnings(f);
        Diagnostic comma = Fixture.only(ds, "half-width ','");
        assertEquals("01/10-a.md:4:6", where(comma));
        assertTrue(comma.message().contains("(1 more in this file)"), comma.message());
        assertTrue(comma.hints().toString().contains("，"), comma.format());
        assertEquals("01/10-a.md:4:11", where(Fixture.only(ds, "half-width '('")));
        assertEquals("01/10-a.md:4:14", where(Fixture.only(ds, "half-width ')'")));
        assertEquals("01/10-a.md:4:15", where(Fixture.only(ds, "half-width '!'")));
    }

    @Test
    void halfWidthPunctuationBesideLatinDigitsLinksOrInAYamlListIsLeftAlone() throws SourceException {
        Fixture f = Fixture.withEdition(tmp).article("01/10-a.md", "title: [滨江公园, 二期开园]",
                "时间:12:30, 地点: A区。见[公告](../02/10-b.md)，GDP(gross domestic product)。\n");
        f.article("02/10-b.md", "title: 公告", "全文。\n");
        assertTrue(warnings(f).stream().noneMatch(d -> d.message().contains("half-width")), f.diags.all().toString());
    }

    @Test
    void japaneseEditionSuggestsTheJapaneseComma() throws SourceException {
        Fixture f = new Fixture(tmp).file("issue.yaml", "paper: みなと新報\ndate: 2026-12-10\nlanguage: ja\n")
                .article("01/10-a.md", "title: 港の朝市", "朝市は土曜,日曜に開く。\n");
        assertTrue(Fixture.only(warnings(f), "half-width ','").hints().toString().contains("、"));
    }
}
