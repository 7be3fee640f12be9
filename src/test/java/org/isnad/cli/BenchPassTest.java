package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.isnad.Datasets;
import org.isnad.Isnad;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad bench} takes the articles through the article pass as a run does: its table has
 * the text layer and one row per annotator, and what the pass found is what the engine finds in
 * the same articles (time expressions, statements, mentions).
 */
class BenchPassTest {
  private static final List<String> CONTENTS = List.of(
      "قال وزير الخارجية سامح شكري يوم الاثنين 5 يناير 2015 إن \"المفاوضات مستمرة مع جميع"
          + " الأطراف\". وأضاف أن الجولة المقبلة ستعقد في القاهرة الأسبوع المقبل.",
      "أعلنت وزارة الصحة السعودية أمس أن عدد المصابين ارتفع إلى عشرين، وقال المتحدث باسم الوزارة"
          + " إن الفرق الطبية تتابع الحالات في الرياض وجدة.",
      "نقلت وكالة الأنباء عن مصدر مسؤول قوله إن الاجتماع انتهى مساء الثلاثاء دون اتفاق.");

  private static Path dataset(Path dir) throws IOException {
    List<Map<String, String>> articles = new ArrayList<>();
    for (int i = 0; i < CONTENTS.size(); i++) {
      articles.add(Map.of("source", "example", "url", "http://example.com/news/" + i,
          "date_extracted", "2015-01-06 10:00:00", "title", "خبر " + i, "author", "",
          "content", CONTENTS.get(i)));
    }
    try (OutputStream file = Files.newOutputStream(dir.resolve("2015-01-06.zip"));
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("2015-01-06.json"));
      zip.write(new ObjectMapper().writeValueAsBytes(articles));
      zip.closeEntry();
    }
    return dir;
  }

  @Test
  void theTableTimesEachAnnotatorOfThePassAndCountsWhatTheEngineFinds(@TempDir Path dir)
      throws IOException {
    Path data = dataset(dir);
    CliRun cli = new CliRun();
    assertEquals(0, cli.run("bench", "--data", data.toString(), "--warmup", "0", "--threads",
        "1", "--no-progress"), cli.err.toString());
    String table = cli.out.toString();
    List<String> rows = List.of("text layer", "time expressions", "quotes and chains",
        "entity mentions", "annotate stage");
    int at = -1;
    for (String row : rows) {
      int next = table.indexOf("\n" + row, at + 1);
      assertTrue(next > at, row + " after the rows before it: " + table);
      at = next;
    }
    List<Document> documents = new ArrayList<>();
    Datasets.readSaudiNewsNet(data, 10, documents::add);
    Analysis analysis = Isnad.with(1, Clock.systemUTC()).analyzeDocuments(documents);
    List<AnnotatedArticle> found = analysis.annotatedArticles();
    String counts = String.format("time expressions: %d; statements: %d; mentions: %d;",
        found.stream().mapToInt(a -> a.timexes().size()).sum(),
        found.stream().mapToInt(a -> a.quotes().size()).sum(),
        found.stream().mapToInt(a -> a.mentions().size()).sum());
    assertTrue(table.contains(counts), counts + " in " + table);
  }
}
