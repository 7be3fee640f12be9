package org.isnad.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.isnad.annotate.time.TimeAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A time gold pointing into baly2018 claim files (a hand-made claim in test resources). */
class BalyTimeGoldTest {
  private static final Path BALY = Paths.get("src/test/resources/baly");

  private static Path gold(Path dir, String reference) throws Exception {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, String.join("\n",
        "# isnad time gold on baly2018",
        "S\tb001\tX-1.json\t1\t20\t69\t32e29ab8\t" + reference,
        "T\tb001\t36\t48\tTIME\t2017-12-04TEV\t") + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheSentenceFromTheClaimFileAndResolvesAgainstTheGoldReference(@TempDir Path dir)
      throws Exception {
    TimeEvaluation e = TimeEvaluation.load(gold(dir, "2017-12-05"), BALY);
    assertEquals("قصفت طائرات مجهولة مخزنا قرب القرية مساء الاثنين.", e.texts().get("b001"));
    assertEquals("2017-12-05", e.reference("b001"));
    List<GoldTimex> predicted = e.annotate();
    assertTrue(predicted.stream().anyMatch(t -> t.start() <= 42 && t.end() >= 42
        && t.value().startsWith("2017-12-04")), predicted.toString());
  }

  @Test
  void anEmptyReferenceLeavesTheArticleUndated() {
    assertNull(TimeEvaluation.published("").value());
    assertEquals("2017-12-05", TimeEvaluation.published("2017-12-05").value());
  }
}
