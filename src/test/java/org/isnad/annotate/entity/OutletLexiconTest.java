package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Outlet names: each agency is one outlet whatever a paper calls it. */
class OutletLexiconTest {
  private final OutletLexicon outlets = OutletLexicon.bundled();

  @Test
  void everyNameOfOneAgencyIsThatAgency() {
    assertEquals("فرانس برس", outlets.outlet("وكالة فرانس برس", false));
    assertEquals("فرانس برس", outlets.outlet("وكالة الصحافة الفرنسية", false),
        "Asharq al-Awsat's name for AFP is AFP, not a second origin");
    assertEquals("فرانس برس", outlets.outlet("وكالة الأنباء الفرنسية", false));
    assertEquals("واس", outlets.outlet("وكالة الأنباء السعودية", false));
    assertEquals("د ب أ", outlets.outlet("وكالة الأنباء الألمانية", false));
  }

  @Test
  void anUnlistedNameAfterAHeadIsAnOutletAsWritten() {
    assertEquals("وكالة أنباء البحرين", outlets.outlet("وكالة أنباء البحرين", false));
    assertNull(outlets.outlet("موقع تويتر", false));
  }
}
