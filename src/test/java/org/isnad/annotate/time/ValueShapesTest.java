package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each shape accepts exactly what the regular expression it stands for matches whole. */
class ValueShapesTest {
  private static final Map<String, Predicate<String>> SHAPES = Map.of(
      "\\d{4}", ValueShapes::isYear,
      "\\d{4}-\\d{2}", ValueShapes::isMonth,
      "(?:\\d{4}|XXXX)-\\d{2}", ValueShapes::isMonthOfAnyYear,
      "\\d{4}-\\d{2}-\\d{2}", ValueShapes::isDay,
      "\\d{4}(-\\d{2})?", ValueShapes::isYearOrMonth,
      "\\d{4}(-\\d{2}(-\\d{2})?)?", ValueShapes::isCalendar,
      "(\\d{4}|XXXX)-\\d{2}(-\\d{2})?(T.*)?", ValueShapes::isMonthOrDayOfAnyYear,
      "\\d{4}.*", ValueShapes::startsWithYear,
      "\\d{4}-.*", ValueShapes::startsWithYearAndHyphen,
      "\\d{4}-\\d{2}.*", ValueShapes::startsWithMonth);

  @Test
  void everyShapeAgreesWithItsPatternOnValuesAndNearMisses() {
    List<String> values = new ArrayList<>(List.of("", "2024", "2024-11", "2024-11-27",
        "2024-11-27T18:58", "XXXX-11", "XXXX-11-27", "XXXX-11-27TEV", "2024-W48", "2024-11T",
        "2024-11-2", "202", "٢٠٢٤", "PAST_REF", "P3D", "XXXX-WXX-5", "2024-11-27-", "1990s"));
    Random random = new Random(20261206L);
    String alphabet = "0123456789-XTW:";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(14);
      for (int j = 0; j < length; j++) {
        value.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : (char) ('0' + random.nextInt(10)));
      }
      values.add(value.toString());
    }
    SHAPES.forEach((regex, shape) -> {
      Pattern pattern = Pattern.compile(regex);
      for (String value : values) {
        assertEquals(pattern.matcher(value).matches(), shape.test(value), regex + " on " + value);
      }
      assertFalse(shape.test(null), regex);
    });
    assertTrue(ValueShapes.startsWithDay("2024-11-27T18:58"));
    assertFalse(ValueShapes.startsWithDay("2024-11-2"));
  }
}
