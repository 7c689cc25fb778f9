package paiban.font;

/** The typefaces a daily uses, by the job they do; each role has a face per {@link FontSet}. */
public enum FontRole {
    /** 宋体, 明朝: body text. */
    SERIF("NotoSerifSC-Regular.ttf", "NotoSerifTC-Regular.ttf", "NotoSerifJP-Regular.ttf"),
    /** 黑体, ゴシック bold: headlines, datelines, strong emphasis. */
    SANS_BOLD("NotoSansSC-Bold.ttf", "NotoSansTC-Bold.ttf", "NotoSansJP-Bold.ttf"),
    /** 黑体, ゴシック regular: folio lines, labels. */
    SANS("NotoSansSC-Regular.ttf", "NotoSansTC-Regular.ttf", "NotoSansJP-Regular.ttf"),
    /**
     * 楷体: bylines, captions, emphasis; also the fallback for characters the others lack. Japanese
     * papers set these in ゴシック (emphasis in gothic is the Japanese convention), so ja editions
     * use their regular gothic here.
     */
    KAI("LXGWWenKai-Regular.ttf", "LXGWWenKai-Regular.ttf", "NotoSansJP-Regular.ttf");

    private final String[] fileNames;

    FontRole(String simplified, String traditional, String japanese) {
        this.fileNames = new String[] {simplified, traditional, japanese};
    }

    /** The file of this role's face in {@code set}. */
    public String fileName(FontSet set) {
        return fileNames[set.ordinal()];
    }

    /** Whether the role's faces are bold, a weight a fallback must keep. */
    public boolean bold() {
        return this == SANS_BOLD;
    }
}
