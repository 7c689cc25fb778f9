package paiban.layout;

import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.PaperFormat;
import paiban.text.Language;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text stage composes in the edition's language, so rules may depend on it. */
class EditionLanguageTest {
    private static Edition edition(String language) {
        return new Edition("竹溪時報", LocalDate.of(2026, 12, 9), 1, "竹溪時報社", language,
                new PaperFormat("berliner", 315, 470, 6), 6, 3);
    }

    @Test
    void theTextStageIsToldTheEditionsLanguage() {
        assertEquals(Language.ZH_HANS, IssueLayout.language(edition("zh-Hans")));
        assertEquals(Language.ZH_HANT, IssueLayout.language(edition("zh-Hant")));
        assertEquals(Language.JA, IssueLayout.language(edition("ja")));
    }
}
