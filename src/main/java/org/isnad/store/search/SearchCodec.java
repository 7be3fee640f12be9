package org.isnad.store.search;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The search index's codec: Lucene 9.12's, but with stored fields compressed in small chunks.
 * Lucene's own packs many documents' stored fields into one large compressed block, so reading
 * the text of one hit to highlight it decompresses the whole block: on 31,030 SaudiNewsNet
 * articles that decompression was about a quarter of a search's CPU (a JFR of the server under
 * search load). Here a chunk holds at most {@value #CHUNK_DOCS} documents or about
 * {@value #CHUNK_BYTES} bytes (a long article is a chunk of its own), so a hit decompresses
 * little more than its own text; the index grows a little. Found by name when an index is read
 * ({@code META-INF/services/org.apache.lucene.codecs.Codec}).
 */
public final class SearchCodec extends FilterCodec {
  /** The codec's name, written into each segment. */
  public static final String NAME = "IsnadSearch1";
  static final int CHUNK_BYTES = 4 << 10;
  static final int CHUNK_DOCS = 16;
  private final StoredFieldsFormat stored = new Lucene90CompressingStoredFieldsFormat(
      "IsnadSearchStoredFields1", CompressionMode.FAST, CHUNK_BYTES, CHUNK_DOCS, 10);

  /** The codec (Lucene makes one by name when it reads an index). */
  public SearchCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return stored;
  }
}
