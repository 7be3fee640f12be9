package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word classes: words in the same contexts share a class; a fixed seed gives the same table. */
class ClusterTrainerTest {
  private static final ClusterTrainer.Corpus CORPUS = sink -> {
    List<String> templates = List.of("وصل X إلى القاهرة", "قال X إن الوضع صعب",
        "زار الوفد Y أمس", "عاد الوفد من Y أمس");
    for (int k = 0; k < 5; k++) {
      for (String t : templates) {
        for (String person : List.of("أحمد", "محمود")) {
          for (String city : List.of("دمشق", "بيروت")) {
            sink.accept(new ArrayList<>(Arrays.asList(
                t.replace("X", person).replace("Y", city).split(" "))));
          }
        }
      }
    }
  };

  private static WordClusters train(long seed) {
    return new ClusterTrainer(3, 1000, 50, 10, seed).train(CORPUS, new int[] {2, 4},
        line -> { });
  }

  @Test
  void wordsOfTheSameContextsShareAClass() {
    WordClusters c = train(5);
    assertEquals(c.of("احمد")[1], c.of("محمود")[1]);
    assertEquals(c.of("دمشق")[1], c.of("بيروت")[1]);
    assertNotEquals(c.of("احمد")[1], c.of("دمشق")[1]);
    assertNull(c.of("لندن"));
  }

  @Test
  void aFixedSeedGivesTheSameTableWhichRoundTrips() throws IOException {
    StringWriter first = new StringWriter();
    train(9).write(first);
    StringWriter second = new StringWriter();
    train(9).write(second);
    assertEquals(first.toString(), second.toString());
    WordClusters read = WordClusters.read(new BufferedReader(new StringReader(
        first.toString())));
    assertArrayEquals(new int[] {2, 4}, read.sizes());
    assertArrayEquals(train(9).of("القاهره"), read.of("القاهره"));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ClusterTrainer(0, 10, 10, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ClusterTrainer(1, 10, 10, 1, 1).train(CORPUS, new int[] {1}, line -> { }));
  }
}
