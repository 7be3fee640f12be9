package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.model.DropReason;
import org.isnad.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are annotated while the batch is still read, yet each page is extracted with the
 * batch's whole site template: furniture that repeats only on the last page read is dropped
 * from the first page too, however far ahead the workers were.
 */
class StreamedReadingTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);
  private static final String FURNITURE = "شبكة الأخبار";
  private static final String BODY = "قال المتحدث باسم الوزارة إن الاجتماع رقم %d انتهى مساء "
      + "اليوم دون اتفاق على البنود العالقة بين الطرفين.";

  @Test
  void furnitureRepeatedOnlyByTheLastPageReadIsDroppedFromTheFirst(@TempDir Path dir)
      throws IOException {
    int pages = 60;
    for (int i = 0; i < pages; i++) {
      String head = i == 0 || i == pages - 1 ? FURNITURE + "\n" : "";
      Files.writeString(dir.resolve(String.format("%03d.txt", i)),
          head + String.format(BODY, i), StandardCharsets.UTF_8);
    }
    Analysis analysis = Isnad.with(2, FIXED).analyze(List.of(dir.toString()),
        ProgressListener.NONE);
    List<Extraction> documents = analysis.documents();
    assertEquals(pages, documents.size());
    assertEquals(DropReason.SITE_TEMPLATE, documents.get(0).dropped().get(0).reason());
    assertEquals(DropReason.SITE_TEMPLATE, documents.get(pages - 1).dropped().get(0).reason());
    assertEquals(List.of(), documents.get(1).dropped());
  }
}
