package org.isnad.store.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document of a {@link SearchEntry}, and back. Title and text are each indexed
 * twice: stemmed and stored with offsets in the postings (the highlighter reads them there), and
 * exact, not stored. The id is a key, a stored value and a sort value (the tie-break of equal
 * scores); kind, article and outlet are keys, stored, with doc values for hits; the day is a
 * point (range filter), a stored value and a doc value.
 */
final class EntryDocument {
  static final String ID = "id";
  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String OUTLET = "outlet";
  static final String DAY = "day";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String TITLE_EXACT = "title_exact";
  static final String TEXT_EXACT = "text_exact";
  /** A digest of every field of the entry: an entry is put again only when it changed. */
  static final String HASH = "hash";
  static final List<String> EXACT_FIELDS = List.of(TITLE_EXACT, TEXT_EXACT);
  private static final FieldType STEMMED = stemmed();

  private EntryDocument() {}

  private static FieldType stemmed() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static Document of(SearchEntry entry) {
    Document doc = new Document();
    doc.add(new StringField(ID, entry.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
    doc.add(new SortedDocValuesField(HASH, new BytesRef(hash(entry))));
    key(doc, KIND, entry.kind().name());
    key(doc, ARTICLE, entry.articleId());
    key(doc, OUTLET, entry.outlet());
    if (entry.day() != null) {
      int day = Math.toIntExact(entry.day().toEpochDay());
      doc.add(new IntPoint(DAY, day));
      doc.add(new NumericDocValuesField(DAY, day));
      doc.add(new StoredField(DAY, entry.day().toString()));
    }
    doc.add(new Field(TITLE, entry.title(), STEMMED));
    doc.add(new Field(TEXT, entry.text(), STEMMED));
    doc.add(new TextField(TITLE_EXACT, entry.title(), Field.Store.NO));
    doc.add(new TextField(TEXT_EXACT, entry.text(), Field.Store.NO));
    return doc;
  }

  /** A key field, stored and with a doc value (read for hits); nothing when null. */
  private static void key(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
      doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }

  /** The hex SHA-256 of every field of {@code entry}, each marked present or absent. */
  static String hash(SearchEntry entry) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    for (Object part : new Object[] {entry.kind(), entry.id(), entry.articleId(), entry.title(),
        entry.text(), entry.outlet(), entry.day()}) {
      // the bytes of "\u0001", or of "\u0002" and the part, without copying a long text first
      if (part == null) {
        digest.update((byte) 1);
      } else {
        digest.update((byte) 2);
        digest.update(part.toString().getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The entry a stored document holds (exact fields are not stored; they are not needed). */
  static SearchEntry entry(Document doc) {
    String day = doc.get(DAY);
    return new SearchEntry(SearchEntry.Kind.valueOf(doc.get(KIND)), doc.get(ID), doc.get(ARTICLE),
        doc.get(TITLE), doc.get(TEXT), doc.get(OUTLET), day == null ? null : LocalDate.parse(day));
  }
}
