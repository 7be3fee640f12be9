package org.isnad.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote gold pointing into baly2018 claim files, with its context sentence. */
class BalyQuoteGoldTest {
  @Test
  void readsTheSentenceAndItsContextFromTheClaimFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, String.join("\n",
        "# isnad quote gold on baly2018",
        "S\tb001\tX-1.json\t1\t70\t101\tc766e388\t2017-12-05\texample.org\t20\t69",
        "Q\tb001\t1\t4\t5\t9\tشاهد\t13\t30\t0\tpublisher:example.org > speaker:شاهد") + "\n",
        StandardCharsets.UTF_8);
    QuoteEvaluation e = QuoteEvaluation.load(file, Paths.get("src/test/resources/baly"));
    assertEquals("وقال شاهد إن الدخان غطى المكان.", e.texts().get("b001"));
    assertEquals(1, e.gold().statements().size());
  }
}
