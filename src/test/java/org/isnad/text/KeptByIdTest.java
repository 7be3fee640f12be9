package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeptByIdTest {
  @Test
  void anEqualInputUnderTheSameIdReusesTheLastLinkingsResult() {
    KeptById<String> kept = KeptById.kept();
    kept.get("a1", List.of("بشار الأسد"), () -> "first");
    kept.turn();
    assertEquals("first", kept.get("a1", List.of(new String("بشار الأسد")), () -> "again"));
  }

  @Test
  void anotherInputOrAnotherIdComputesAgain() {
    KeptById<String> kept = KeptById.kept();
    kept.get("a1", List.of("بشار الأسد"), () -> "first");
    kept.turn();
    assertEquals("changed", kept.get("a1", List.of("ماهر الأسد"), () -> "changed"));
    assertEquals("other", kept.get("a2", List.of("بشار الأسد"), () -> "other"));
  }

  @Test
  void onlyWhatTheLastLinkingAskedIsKept() {
    KeptById<String> kept = KeptById.kept();
    kept.get("a1", "دمشق", () -> "first");
    kept.turn();
    kept.turn();
    assertEquals("again", kept.get("a1", "دمشق", () -> "again"));
  }

  @Test
  void noneAndClearKeepNothing() {
    KeptById<String> none = KeptById.none();
    none.get("a1", "حلب", () -> "first");
    none.turn();
    assertEquals("again", none.get("a1", "حلب", () -> "again"));
    KeptById<String> cleared = KeptById.kept();
    cleared.get("a1", "حلب", () -> "first");
    cleared.turn();
    cleared.clear();
    assertEquals("again", cleared.get("a1", "حلب", () -> "again"));
  }
}
