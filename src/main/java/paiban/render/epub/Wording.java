package paiban.render.epub;

import paiban.model.Words;

import java.util.Locale;

/**
 * The words of the EPUB edition in its language: those the print edition prints too (page labels,
 * issue number, dates, editor, photo credit) from the language table {@link Words}, and the EPUB's
 * own (nav heading, cover, accessibility summary). {@code lang} is the edition's language as
 * issue.yaml writes it (zh-Hans, zh-Hant, ja): readers and the stylesheet choose faces by it.
 */
record Wording(String lang, Words words, String toc, String cover, String bodyMatter, String pages,
               String summary, String allAlt, String missingAltFormat) {

    /** The accessibility summary, true about the pictures: all described, or how many are not. */
    String summary(int picturesWithoutAlt) {
        return summary + (picturesWithoutAlt == 0 ? allAlt
                : String.format(Locale.ROOT, missingAltFormat, picturesWithoutAlt));
    }

    /** 责任编辑：林编, 担当：佐藤直樹, as the printed folio names the page's editor. */
    String editor(String name) {
        return words.editor() + "：" + name.strip();
    }

    static Wording of(String editionLanguage) {
        Words words = Words.of(editionLanguage);
        return switch (words.language()) {
            case "ja" -> new Wording(editionLanguage, words, "目次", "表紙", "本文", "紙面",
                    "紙面の順に記事を収録。見出しによる構造と目次を備え、文字の大きさや表示を変更できます。",
                    "画像にはすべて代替テキストがあります。", "代替テキストのない画像が%d点あり、キャプションのみで説明されています。");
            case "zh-Hant" -> new Wording(editionLanguage, words, "目錄", "封面", "正文", "版面",
                    "按報紙版面順序收錄全部文章，以標題標示結構，附目錄導航，可調整字體大小與顯示方式。",
                    "圖片均有替代文字。", "有%d張圖片沒有替代文字，僅有圖片說明。");
            default -> new Wording(editionLanguage, words, "目录", "封面", "正文", "版面",
                    "按报纸版面顺序收录全部文章，以标题标示结构，附目录导航，可调整字号与显示方式。",
                    "图片均有替代文字。", "有%d张图片没有替代文字，仅有图片说明。");
        };
    }
}
