package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerSettingsTest {
  @Test
  void keepsSixtyFourMibOfAnswersUnlessTold() {
    assertEquals(ServerSettings.KEPT_MIB, new ServerSettings("127.0.0.1", 0, null).keptMiB());
    assertEquals(0, new ServerSettings("127.0.0.1", 0, null, 0).keptMiB());
  }

  @Test
  void aNegativeOrHugeAmountOfKeptAnswersIsACallersMistakeNamingIt() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new ServerSettings("127.0.0.1", 0, null, -1));
    assertTrue(negative.getMessage().endsWith(": -1"), negative.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ServerSettings("127.0.0.1", 0, null, ServerSettings.MAX_KEPT_MIB + 1));
  }
}
