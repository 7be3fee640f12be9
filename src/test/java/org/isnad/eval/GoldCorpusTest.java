package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold corpus is chosen by the folder's contents: claim files or day zips. */
class GoldCorpusTest {
  private static final Path BALY = Paths.get("src/test/resources/baly");

  @Test
  void aFolderOfClaimFilesIsBaly() throws Exception {
    GoldCorpus corpus = GoldCorpus.open(BALY);
    assertInstanceOf(BalySentences.class, corpus);
    assertEquals("قصفت طائرات مجهولة مخزنا قرب القرية مساء الاثنين.",
        corpus.text("s1", "X-1.json", 1, 20, 69, "32e29ab8"));
    assertEquals("http://example.org/2017/12/5/b", ((BalySentences) corpus).url("X-1.json", 1));
  }

  @Test
  void aBalyPointerThatNoLongerMatchesIsCaught() throws Exception {
    GoldCorpus corpus = GoldCorpus.open(BALY);
    assertThrows(IllegalArgumentException.class,
        () -> corpus.text("s1", "X-1.json", 1, 20, 69, "00000000"));
    assertThrows(IllegalArgumentException.class,
        () -> corpus.text("s1", "X-1.json", 1, 20, 900, "32e29ab8"));
    assertThrows(IllegalArgumentException.class,
        () -> corpus.text("s1", "X-1.json", 7, 0, 1, "32e29ab8"));
    assertThrows(IllegalArgumentException.class,
        () -> corpus.text("s1", "X-9.json", 0, 0, 1, "32e29ab8"));
  }

  @Test
  void aFolderOfDayZipsIsSaudiNewsNet(@TempDir Path dir) throws Exception {
    try (OutputStream file = Files.newOutputStream(dir.resolve("2015-07-24.zip"));
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("2015-07-24.json"));
      zip.write("[{\"source\":\"sabq\",\"content\":\"قال الوزير أمس إن العمل بدأ.\"}]"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    GoldCorpus corpus = GoldCorpus.open(dir);
    assertInstanceOf(CorpusSentences.class, corpus);
    String text = corpus.span("s1", "2015-07-24.json", 0, 4, 10);
    assertEquals("الوزير", text);
    assertEquals(text, corpus.text("s1", "2015-07-24.json", 0, 4, 10,
        CorpusSentences.sha1(text).substring(0, 8)));
  }
}
