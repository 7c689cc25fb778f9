package paiban.render.epub;

import paiban.model.Edition;

import java.util.Locale;

/**
 * The words the EPUB adds around the articles (nav heading, cover text, issue number, page editor,
 * accessibility summary), in
 * the edition's language, and the language tag readers pick fonts by.
 */
record Wording(String lang, String toc, String cover, String bodyMatter, String pages, String issueFormat, String editor,
               String summary, String allAlt, String missingAltFormat) {

    /** The accessibility summary, true about the pictures: all described, or how many are not. */
    String summary(int picturesWithoutAlt) {
        return summary + (picturesWithoutAlt == 0 ? allAlt
                : String.format(Locale.ROOT, missingAltFormat, picturesWithoutAlt));
    }

    /** 第1234期 (Chinese), 第1234号 (Japanese). */
    String issueNumber(int number) {
        return String.format(Locale.ROOT, issueFormat, number);
    }


    /**
     * Maps the edition's BCP 47 tag to the tag written into the EPUB: reading systems choose CJK
     * fonts by region more reliably than by script, so zh-Hans becomes zh-CN and zh-Hant zh-TW.
     */
    static Wording of(String editionLanguage) {
        Locale locale = Locale.forLanguageTag(editionLanguage);
        if (locale.getLanguage().equals("ja")) {
            return new Wording("ja", "目次", "表紙", "本文", "紙面", "第%d号", "編集：",
                    "紙面の順に記事を収録。見出しによる構造と目次を備え、文字の大きさや表示を変更できます。",
                    "画像にはすべて代替テキストがあります。", "代替テキストのない画像が%d点あり、キャプションのみで説明されています。");
        }
        if (locale.getLanguage().equals("zh")) {
            boolean traditional = Edition.traditional(editionLanguage);
            String region = !locale.getCountry().isEmpty() ? locale.getCountry() : traditional ? "TW" : "CN";
            if (traditional) {
                return new Wording("zh-" + region, "目錄", "封面", "正文", "版面", "第%d期", "責任編輯：",
                        "按報紙版面順序收錄全部文章，以標題標示結構，附目錄導航，可調整字體大小與顯示方式。",
                        "圖片均有替代文字。", "有%d張圖片沒有替代文字，僅有圖片說明。");
            }
            return new Wording("zh-" + region, "目录", "封面", "正文", "版面", "第%d期", "责任编辑：",
                    "按报纸版面顺序收录全部文章，以标题标示结构，附目录导航，可调整字号与显示方式。",
                    "图片均有替代文字。", "有%d张图片没有替代文字，仅有图片说明。");
        }
        return new Wording(locale.toLanguageTag(), "Contents", "Cover", "Start", "Pages", "No. %d", "Editor: ",
                "All articles in the order of the printed pages, with headings and a table of contents; text can be resized and restyled. ",
                "Every image has alternative text.", "%d images have no alternative text, only a caption.");
    }
}
