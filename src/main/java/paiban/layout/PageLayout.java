package paiban.layout;

import java.util.List;

/**
 * One laid-out page: trim size in pt, its items in reading order, and what report.json tells of it.
 * {@code fill} is the share of the type area's line cells holding content (0..1).
 */
public record PageLayout(int number, String section, double widthPt, double heightPt, double bleedPt,
                         String slug, List<PageItem> items, List<ModulePlacement> modules, double fill,
                         List<String> warnings) {
    public PageLayout {
        items = List.copyOf(items);
        modules = List.copyOf(modules);
        warnings = List.copyOf(warnings);
    }
}
