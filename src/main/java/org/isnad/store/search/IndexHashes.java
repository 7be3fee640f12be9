package org.isnad.store.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/**
 * The id and content digest of every live entry a writer holds, committed or not, read from doc
 * values (no stored field is decompressed). An entry written without a digest maps to "".
 */
final class IndexHashes {
  private IndexHashes() {}

  static Map<String, String> read(IndexWriter writer) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        read(leaf.reader(), out);
      }
    }
    return out;
  }

  private static void read(LeafReader in, Map<String, String> out) throws IOException {
    SortedDocValues ids = DocValues.getSorted(in, EntryDocument.ID);
    SortedDocValues hashes = DocValues.getSorted(in, EntryDocument.HASH);
    Bits live = in.getLiveDocs();
    for (int doc = 0; doc < in.maxDoc(); doc++) {
      if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
        continue;
      }
      String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      out.put(id, hashes.advanceExact(doc)
          ? hashes.lookupOrd(hashes.ordValue()).utf8ToString() : "");
    }
  }
}
