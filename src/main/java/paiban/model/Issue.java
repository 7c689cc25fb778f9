package paiban.model;

import java.nio.file.Path;
import java.util.List;

/** One issue (期) as read from its folder: the edition and its pages in order. */
public record Issue(String id, Path folder, Edition edition, List<Page> pages) {
    public Issue {
        pages = List.copyOf(pages);
    }
}
