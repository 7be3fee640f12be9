package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tag and a range of a word's characters find exactly the row of the built feature string,
 * also when two values share a hash ("Aa" and "BB" do) or a value only shares a present one's
 * hash ("BC" and "Ab").
 */
class TaggedRowsTest {
  private final TaggedRows rows = new TaggedRows(new String[] {"p2=", "x1=", "pre|cs0="},
      Map.of("p2=Aa", 0, "p2=BB", 1, "x1=Ab", 2, "p2=بش", 3, "pre|cs0=وال|12", 4));

  @Test
  void rangeFindsTheRowOfItsString() {
    assertEquals(3, rows.row(0, "بشار", 0, 2));
    assertEquals(-1, rows.row(0, "بشار", 1, 3));
    assertEquals(2, rows.row(1, "xAb", 1, 3));
    assertEquals(4, rows.row(2, "والرياض", 0, 3, '|', "12"));
    assertEquals(-1, rows.row(2, "والرياض", 0, 3, '|', "13"));
  }

  @Test
  void valuesSharingAHashKeepTheirOwnRows() {
    assertEquals(0, rows.row(0, "xAay", 1, 3));
    assertEquals(1, rows.row(0, "BB"));
  }

  @Test
  void aHashHitOfAnotherValueIsNoRow() {
    assertEquals(-1, rows.row(1, "BC"));
    assertEquals(-1, rows.row(0, "Ab"));
  }
}
