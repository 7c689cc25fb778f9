package paiban.font;

/** The typefaces a Chinese daily uses, by the job they do. */
public enum FontRole {
    /** 宋体: body text. */
    SERIF("NotoSerifSC-Regular.ttf", "NotoSerifTC-Regular.ttf"),
    /** 黑体 bold: headlines, datelines, strong emphasis. */
    SANS_BOLD("NotoSansSC-Bold.ttf", "NotoSansTC-Bold.ttf"),
    /** 黑体 regular: folio lines, labels. */
    SANS("NotoSansSC-Regular.ttf", "NotoSansTC-Regular.ttf"),
    /** 楷体: bylines, captions; also the fallback for characters the others lack. */
    KAI("LXGWWenKai-Regular.ttf", "LXGWWenKai-Regular.ttf");

    private final String fileName;
    private final String traditionalFileName;

    FontRole(String fileName, String traditionalFileName) {
        this.fileName = fileName;
        this.traditionalFileName = traditionalFileName;
    }

    /** The face for simplified-Chinese editions (mainland glyph forms, 。 at the em's left). */
    public String fileName() {
        return fileName;
    }

    /** The face for traditional-Chinese editions (Taiwan's glyph forms, 。，、：； centred). */
    public String traditionalFileName() {
        return traditionalFileName;
    }

    /** Whether the role's faces are bold, a weight a fallback must keep. */
    public boolean bold() {
        return this == SANS_BOLD;
    }
}
