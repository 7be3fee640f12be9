package org.isnad.store.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * Builds a {@link SearchHit} from a document's doc values and its highlights. Design decision:
 * the short fields are read from doc values, not stored fields, so a hit's stored title and text
 * are decompressed once (by the highlighter), not twice.
 */
final class HitReader {
  private HitReader() {}

  static SearchHit hit(IndexReader reader, int doc, float score, List<Snippet> title,
      List<Snippet> text) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    LeafReader in = leaf.reader();
    NumericDocValues days = DocValues.getNumeric(in, EntryDocument.DAY);
    LocalDate day = days.advanceExact(local) ? LocalDate.ofEpochDay(days.longValue()) : null;
    Snippet heading = title.isEmpty() ? new Snippet("", 0, List.of()) : title.get(0);
    return new SearchHit(SearchEntry.Kind.valueOf(value(in, EntryDocument.KIND, local)),
        value(in, EntryDocument.ID, local), value(in, EntryDocument.ARTICLE, local),
        value(in, EntryDocument.OUTLET, local), day, score, heading, text);
  }

  /** The sorted doc value of {@code field} for {@code doc} of {@code in}, or null. */
  private static String value(LeafReader in, String field, int doc) throws IOException {
    SortedDocValues values = DocValues.getSorted(in, field);
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }
}
