package org.isnad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.isnad.store.search.SearchEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is written with {@link SearchCodec} and read back through it by name. */
class SearchCodecTest {
  @TempDir
  Path dir;

  @Test
  void segmentsAreWrittenWithTheSmallChunkCodecAndSearchedAgain() throws IOException {
    Path folder = dir.resolve("index");
    try (SearchIndex index = SearchIndex.open(folder)) {
      index.putAll(List.of(new SearchEntry(Kind.ARTICLE, "a1", "a1", "لقاء في دمشق",
          "التقى الوفد بالأسد في دمشق", null, null)));
      index.commit();
    }
    try (FSDirectory directory = FSDirectory.open(folder)) {
      for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
        assertEquals(SearchCodec.NAME, segment.info.getCodec().getName());
      }
    }
    try (SearchReader reader = SearchReader.open(folder)) {
      assertEquals(List.of("a1"), reader.search(SearchQuery.of("الاسد")).hits().stream()
          .map(SearchHit::id).toList());
    }
  }
}
