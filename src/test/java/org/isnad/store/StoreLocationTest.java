package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store} values: a folder, a PostgreSQL URL with its working folder, mistakes. */
class StoreLocationTest {
  @Test
  void aFolderIsTheSqliteStoreInIt(@TempDir Path dir) {
    StoreLocation at = StoreLocation.parse(dir.toString());
    assertFalse(at.isDatabase());
    assertEquals(Dialect.SQLITE, at.dialect());
    assertEquals(dir, at.folder());
    assertFalse(at.exists());
    assertEquals(dir.resolve(SqlStore.FILE).toString(), at.toString());
  }

  @Test
  void aUrlIsADatabaseWhoseWorkingFolderRemembersIt(@TempDir Path dir) throws Exception {
    Path work = dir.resolve("w");
    StoreLocation at = StoreLocation.parse("postgresql://db.example:6543/case?user=isnad"
        + "&password=s%26cret&work=" + work);
    assertTrue(at.isDatabase());
    assertEquals(Dialect.POSTGRESQL, at.dialect());
    assertEquals(work, at.folder());
    assertFalse(at.exists());
    assertEquals("postgresql://db.example:6543/case?user=isnad&password=***", at.toString());
    assertEquals(work, at.prepared());
    assertTrue(at.exists());
    Path link = work.resolve(StoreLocation.LINK);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(link)));
    assertFalse(Files.readString(link).contains("work="), Files.readString(link));
    StoreLocation again = StoreLocation.at(work);
    assertTrue(again.isDatabase());
    assertEquals(at.toString(), again.toString());
  }

  @Test
  void withoutWorkTheFolderIsNamedFromTheUrl() {
    Path folder = StoreLocation.parse("postgresql://db.example/case?user=u").folder();
    assertTrue(folder.endsWith(Path.of("isnad", "postgresql", "db.example-5432-case")),
        folder.toString());
  }

  @Test
  void aFolderWorkingForOneDatabaseIsRefusedToAnother(@TempDir Path dir) {
    StoreLocation.parse("postgresql://h/one?work=" + dir).prepared();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreLocation.parse("postgresql://h/two?work=" + dir).prepared());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void mistakesNameTheValueWithoutItsPassword() {
    for (String bad : new String[] {"", " ", "mysql://h/db", "postgresql:///db?password=x1",
        "postgresql://h/?password=x1", "postgresql://h/a/b", "postgresql://h/db?novalue"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> StoreLocation.parse(bad), bad);
      assertFalse(e.getMessage().contains("x1"), e.getMessage());
      assertTrue(e.getMessage().contains(bad.replace("x1", "***").strip()), e.getMessage());
    }
  }
}
