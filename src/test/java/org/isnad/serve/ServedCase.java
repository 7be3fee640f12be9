package org.isnad.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;

/**
 * The case the server tests serve, made once: the sample corpus (samples/seeds) and one page
 * whose text carries script and event-handler payloads, analysed at a fixed clock.
 */
final class ServedCase {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ONERROR = "<img src=x onerror=alert(1)>";
  private static Analysis analysis;

  private ServedCase() { }

  static synchronized Analysis get() {
    if (analysis == null) {
      analysis = Isnad.with(2, FIXED).analyze(List.of("samples/seeds", hostilePage().toString()),
          ProgressListener.NONE);
    }
    return analysis;
  }

  /** A plain-text page whose sentences hold the payloads as text. */
  static Path hostilePage() {
    try {
      Path dir = Files.createTempDirectory("isnad-hostile");
      Path page = dir.resolve("hostile.txt");
      Files.writeString(page, "تجربة عرض النصوص في الصفحة\n\n"
          + "قال المتحدث باسم الوزارة يوم الأحد إن الرسالة التي وصلت كانت " + SCRIPT
          + " ولم يفتحها أحد من الموظفين في المكتب.\n\n"
          + "وأضاف أن صورة أخرى حملت " + ONERROR + " وجرى حذفها من الموقع فورا بعد ذلك.\n",
          StandardCharsets.UTF_8);
      page.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return page;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
