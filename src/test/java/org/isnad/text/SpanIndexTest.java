package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Window questions answered as a scan of the list would, in the list's order. */
class SpanIndexTest {
  private record Span(int start, int end) {}

  private static SpanIndex<Span> index(List<Span> spans) {
    return SpanIndex.of(spans, Span::start, Span::end);
  }

  @Test
  void answersKeepTheListOrderNotTheStartOrder() {
    List<Span> spans = List.of(new Span(8, 9), new Span(2, 4), new Span(5, 6));
    assertEquals(spans, index(spans).within(0, 10));
    assertEquals(List.of(new Span(2, 4), new Span(5, 6)), index(spans).startingIn(2, 5));
  }

  @Test
  void firstContainingIsTheFirstInTheList() {
    List<Span> spans = List.of(new Span(5, 9), new Span(0, 20), new Span(6, 7));
    assertEquals(new Span(5, 9), index(spans).firstContaining(6));
    assertEquals(new Span(0, 20), index(spans).firstContaining(12));
    assertNull(index(spans).firstContaining(20));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> SpanIndex.of(null, Span::start,
        Span::end));
  }

  @Test
  void answersAsAScanWouldOnRandomSpans() {
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      List<Span> spans = new ArrayList<>();
      for (int k = random.nextInt(30); k > 0; k--) {
        int s = random.nextInt(100);
        spans.add(new Span(s, s + random.nextInt(random.nextBoolean() ? 5 : 40)));
      }
      SpanIndex<Span> index = index(spans);
      for (int q = 0; q < 50; q++) {
        int from = random.nextInt(110) - 5;
        int to = from + random.nextInt(30);
        assertEquals(spans.stream().filter(x -> x.start() >= from && x.end() <= to).toList(),
            index.within(from, to));
        assertEquals(spans.stream().filter(x -> x.start() >= from && x.start() <= to).toList(),
            index.startingIn(from, to));
        assertEquals(spans.stream().filter(x -> x.start() < to && x.end() > from).toList(),
            index.overlapping(from, to));
        assertEquals(spans.stream().filter(x -> x.start() <= from && from < x.end()).findFirst()
            .orElse(null), index.firstContaining(from));
      }
    }
  }
}
