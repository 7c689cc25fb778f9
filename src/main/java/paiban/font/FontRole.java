package paiban.font;

/** The typefaces a Chinese daily uses, by the job they do. */
public enum FontRole {
    /** 宋体: body text. */
    SERIF("NotoSerifSC-Regular.ttf"),
    /** 黑体 bold: headlines, datelines, strong emphasis. */
    SANS_BOLD("NotoSansSC-Bold.ttf"),
    /** 黑体 regular: folio lines, labels. */
    SANS("NotoSansSC-Regular.ttf"),
    /** 楷体: bylines, captions; also the fallback for characters the others lack. */
    KAI("LXGWWenKai-Regular.ttf");

    private final String fileName;

    FontRole(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
