package org.isnad.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time scorer on a hand-made example whose scores are worked out by hand. */
class TimexScorerTest {
  private static GoldTimex t(String sid, int start, int end, String type, String value) {
    return new GoldTimex(sid, start, end, type, value, "");
  }

  @Test
  void strictRelaxedTypeAndValueCounts() {
    List<GoldTimex> gold = List.of(t("s1", 0, 10, "DATE", "2015-07-21"),
        t("s1", 20, 25, "DURATION", "P3D"), t("s2", 5, 9, "DATE", "2015"));
    List<GoldTimex> predicted = List.of(t("s1", 0, 10, "DATE", "2015-07-21"),   // exact
        t("s1", 22, 30, "DURATION", "P4D"),                                     // overlap, wrong value
        t("s2", 0, 3, "DATE", "2014"));                                        // spurious
    TimeScores s = TimexScorer.score(gold, predicted, sid -> "x".repeat(40));
    assertEquals(3, s.gold());
    assertEquals(3, s.predicted());
    assertEquals(1, s.strict());
    assertEquals(2, s.relaxed());
    assertEquals(2, s.typeCorrect());
    assertEquals(1, s.valueCorrect());
    assertEquals(0.5, s.valueAccuracy(), 1e-9);
    assertEquals(2.0 / 3, TimeScores.f1(2, 3, 3), 1e-9);
    assertEquals(3, s.errors().size(), String.join("\n", s.errors()));  // differs, missed, spurious
  }

  @Test
  void goldRowsAreCheckedWithTheirLineNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, "S\ts1\t2015-07-21.json\t0\t0\t10\tabcdef12\t2015-07-21\n"
        + "T\ts2\t0\t4\tDATE\t2015\t\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeGold.read(file));
    assertEquals(true, e.getMessage().contains(":2:"), e.getMessage());
  }
}
