package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Two spellings of one outlet are one origin; two outlets stay two. */
class SourceResolverTest {
  @Test
  void spellingsOfOneOutletShareAKey() {
    assertEquals(SourceResolver.key("رويترز"), SourceResolver.key("وكالة رويترز"));
    assertEquals(SourceResolver.key("صحيفة أ س"), SourceResolver.key("صحيفة ا . س الإسبانية"));
    assertEquals(SourceResolver.key("جيروزاليم بوست"),
        SourceResolver.key("صحيفة جيروزاليم بوست الإسرائيلية"));
    assertEquals(SourceResolver.key("رويترز"), SourceResolver.key("وكالة رويترز للأنباء"));
  }

  @Test
  void differentOutletsKeepDifferentKeys() {
    assertNotEquals(SourceResolver.key("وكالة الأنباء الفرنسية"),
        SourceResolver.key("وكالة الأنباء السعودية"));
    assertNotEquals(SourceResolver.key("قناة العربية"), SourceResolver.key("قناة الجزيرة"));
  }
}
