package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldRowsTest {
  @TempDir Path dir;

  @Test
  void skipsCommentsAndBlankLinesAndKeepsTrailingEmptyFields() throws Exception {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, "# comment\n\nS\tb001\tالأحد\t\n", StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    GoldRows.read(file, rows::add);
    assertEquals(1, rows.size());
    assertEquals(4, rows.get(0).length);
    assertEquals("الأحد", rows.get(0)[2]);
  }

  @Test
  void aRejectedRowNamesFileLineAndRow() throws Exception {
    Path file = dir.resolve("gold.tsv");
    Files.writeString(file, "# header\nT\tb001\tx\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldRows.read(file, f -> Integer.parseInt(f[2])));
    assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": T\tb001\tx"), e.getMessage());
  }
}
