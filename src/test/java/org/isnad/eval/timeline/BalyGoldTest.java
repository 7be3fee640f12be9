package org.isnad.eval.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.isnad.Datasets;
import org.isnad.model.Document;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a gold that points into Baly et al. claim files (a hand-made claim, own sentences). */
class BalyGoldTest {
  private static final Path DATA = Paths.get("src/test/resources/baly");

  private static Path gold(Path dir, String sha1) throws Exception {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, String.join("\n",
        "# a baly gold",
        "A\tk1\tstore\tX-1.json\t1\t" + sha1 + "\texample.org",
        "E\tstrike\tATTACK\t2017-12-04",
        "M\tstrike\tk1\t20\t24\tقصفت\tASSERTED\t",
        "M\tstrike\tk1\t83\t89\tالدخان\tNEGATED\tafp") + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheGoldAndTheClaimFilesArticle(@TempDir Path dir) throws Exception {
    TimelineGold g = TimelineGold.read(gold(dir, "beef4a2c"));
    TimelineGold.Article a = g.articles().get(0);
    assertEquals("X-1.json", a.file());
    assertEquals(1, a.index());
    assertEquals("example.org", g.reports().get(0).source());
    assertEquals("afp", g.reports().get(1).source());
    assertEquals(Modality.NEGATED, g.reports().get(1).modality());

    assertTrue(Datasets.isClaimFolder(DATA));
    Document d = TimelineEvaluation.balyDocument(Datasets.claimFiles(DATA), a);
    String text = d.content();
    for (TimelineGold.Report r : g.reports()) {
      int s = text.offsetByCodePoints(0, r.start());
      int e = text.offsetByCodePoints(0, r.end());
      assertEquals(r.trigger(), text.substring(s, e));
    }
    assertEquals("X-1.json#1", d.source());
    assertEquals("http://example.org/2017/12/5/b", d.hints().url());
    assertNull(d.hints().title());
  }

  @Test
  void aChangedArticleIsCaught(@TempDir Path dir) throws Exception {
    TimelineGold g = TimelineGold.read(gold(dir, "0000aaaa"));
    assertThrows(IllegalArgumentException.class, () -> TimelineEvaluation.balyDocument(
        Datasets.claimFiles(DATA), g.articles().get(0)));
  }

  @Test
  void aMissingArticleIsCaught(@TempDir Path dir) throws Exception {
    TimelineGold.Article a = new TimelineGold.Article("k", "s", "X-1.json", 5, "beef4a2c", "o");
    assertThrows(IllegalArgumentException.class, () -> TimelineEvaluation.balyDocument(
        Datasets.claimFiles(DATA), a));
  }
}
