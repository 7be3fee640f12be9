package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDigestTest {
  @TempDir Path dir;

  @Test
  void aJarWithOneRuleFileChangedIsOtherCode() throws IOException {
    Path before = jar("before.jar", "# triggers\nقتل\n");
    Path same = jar("same.jar", "# triggers\nقتل\n");
    Path after = jar("after.jar", "# triggers\nقتل\nاغتيال\n");
    assertEquals(CodeDigest.of(before), CodeDigest.of(same));
    assertNotEquals(CodeDigest.of(before), CodeDigest.of(after));
  }

  @Test
  void theRunningEngineIsNamedTheSameEachTime() {
    assertEquals(CodeDigest.ofEngine(), CodeDigest.ofEngine());
    assertEquals(32, CodeDigest.ofEngine().length());
  }

  private Path jar(String name, String rules) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("org/isnad/annotate/event/triggers.txt"));
      zip.write(rules.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("org/isnad/Isnad.class"));
      zip.write(new byte[] {1, 2, 3});
      zip.closeEntry();
    }
    return jar;
  }
}
