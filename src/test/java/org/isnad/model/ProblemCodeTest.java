package org.isnad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemCodeTest {
  @Test
  void onlyEmptyInputsAndPagesWithoutTextOrArticleMeanNoArticle() {
    assertEquals(Set.of("empty", "no-content", "no-article"), Arrays.stream(ProblemCode.values())
        .filter(ProblemCode::meansNoArticle).map(ProblemCode::code).collect(Collectors.toSet()));
  }

  @Test
  void everyCodeIsLowerCaseWordsJoinedByHyphensAndReadsBack() {
    for (ProblemCode code : ProblemCode.values()) {
      assertTrue(code.code().matches("[a-z]+(-[a-z]+)*"), code.code());
      assertEquals(code, ProblemCode.of(code.code()));
    }
  }

  @Test
  void eachAnnotatorHasAFailureCode() {
    for (String annotator : new String[] {"time", "entity", "quote", "event"}) {
      assertEquals(Severity.WARNING, Problem.warning(Stage.ANNOTATE,
          ProblemCode.of(annotator + "-annotator-failed"), "x").severity());
    }
    assertThrows(IllegalArgumentException.class, () -> ProblemCode.of("Empty"));
  }
}
