package org.isnad.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.isnad.Checking;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The output of a check does not depend on the order of the inputs: the fixture corpus and the
 * sample pages analysed in any order give the same bytes.
 */
class CheckOrderPropertyTest {
  private static final List<String> INPUTS = List.of(
      ClaimCheckerTest.COPIES + "/original.jsonl", ClaimCheckerTest.COPIES + "/copy.jsonl",
      ClaimCheckerTest.COPIES + "/independent.jsonl", "samples/seeds");
  private static byte[] expected;

  @BeforeContainer
  static void first() {
    expected = checked(INPUTS);
  }

  private static byte[] checked(List<String> inputs) {
    Analysis analysis = Isnad.with(1, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
        ZoneOffset.UTC)).analyze(inputs, ProgressListener.NONE);
    ClaimChecker checker = Checking.over(analysis, FakeJudge.of("الأسد", "بيسكوف"), 50);
    return CheckJson.of(List.of(checker.check(new ClaimRequest("1", ClaimCheckerTest.CLAIM,
        List.of())), checker.check(new ClaimRequest("2", "غادر الأسد دمشق إلى موسكو", List.of(
            "https://b.example/news/2", "https://c.example/news/3")))));
  }

  @Property(tries = 4, seed = "20261207")
  void anyInputOrderGivesTheSameOutput(@ForAll long shuffle) {
    List<String> inputs = new ArrayList<>(INPUTS);
    Collections.shuffle(inputs, new Random(shuffle));
    assertArrayEquals(expected, checked(inputs), "inputs in the order " + inputs);
  }
}
