package org.isnad.store.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;

/** Builds a {@link SearchHit} from a stored document and its highlights. */
final class HitReader {
  private HitReader() {}

  static SearchHit hit(Document doc, float score, List<Snippet> title, List<Snippet> text) {
    String day = doc.get(EntryDocument.DAY);
    String storedTitle = doc.get(EntryDocument.TITLE);
    Snippet heading = title.isEmpty()
        ? new Snippet(storedTitle == null ? "" : storedTitle, 0, List.of()) : title.get(0);
    return new SearchHit(SearchEntry.Kind.valueOf(doc.get(EntryDocument.KIND)),
        doc.get(EntryDocument.ID), doc.get(EntryDocument.ARTICLE), doc.get(EntryDocument.OUTLET),
        day == null ? null : LocalDate.parse(day), score, heading, text);
  }
}
