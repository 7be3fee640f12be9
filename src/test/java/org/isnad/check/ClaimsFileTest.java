package org.isnad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claims file: each bad line is a problem of its own claim, the others are read. */
class ClaimsFileTest {
  @Test
  void badLinesAreProblemsAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("claims.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"claim\": \"وصل الأسد إلى موسكو\"}",
        "not json",
        "",
        "{\"id\": 7, \"claim\": \"غادر الأسد دمشق\", \"urls\": [\"https://x.example/1\"]}",
        "{\"id\": \"b\"}",
        "{\"id\": \"c\", \"claim\": \"   \"}",
        "{\"id\": \"d\", \"claim\": \"ادعاء\", \"urls\": \"https://x.example/1\"}",
        "[1, 2]") + "\n", StandardCharsets.UTF_8);
    List<ClaimsFile.Line> lines = ClaimsFile.read(file);
    assertEquals(7, lines.size());
    assertEquals("وصل الأسد إلى موسكو", lines.get(0).request().claim());
    assertNull(lines.get(1).request());
    assertTrue(lines.get(1).problem().startsWith("line 2 is not JSON"), lines.get(1).problem());
    assertEquals("7", lines.get(2).request().id());
    assertEquals(List.of("https://x.example/1"), lines.get(2).request().urls());
    assertEquals("b", lines.get(3).id());
    assertTrue(lines.get(3).problem().contains("claim"), lines.get(3).problem());
    assertTrue(lines.get(4).problem().contains("blank"), lines.get(4).problem());
    assertTrue(lines.get(5).problem().contains("urls"), lines.get(5).problem());
    assertTrue(lines.get(6).problem().contains("not a JSON object"), lines.get(6).problem());
  }

  @Test
  void aMissingFileIsTheCallersMistakeNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("none.jsonl");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClaimsFile.read(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
