package org.isnad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The sample pages and a few tiny Arabic news items, as file name → bytes. */
final class TinyCorpus {
  /** A one-word name ("الأسد") with no fuller name in its article. */
  static final String SURNAME = "دمشق - قال الأسد في خطاب يوم الأحد إن الحرب لن تنتهي قريبا.\n\n"
      + "وأضاف الأسد أن الجيش سيواصل عملياته في إدلب.\n";
  /** The fuller name ("بشار الأسد") the one-word name joins. */
  static final String FULL_NAME = "موسكو - وصل الرئيس السوري بشار الأسد إلى موسكو يوم الاثنين"
      + " في زيارة لم يعلن عنها.\n\nوالتقى بشار الأسد الرئيس الروسي فلاديمير بوتين في الكرملين.\n";
  static final String BLAST = "بيروت - انفجرت سيارة مفخخة في بيروت يوم الاثنين وقتل ثلاثة"
      + " أشخاص، بحسب وكالة رويترز.\n\nوقال الجيش اللبناني إن الانفجار وقع قرب مبنى حكومي.\n";
  static final String MINISTER = "دمشق - قال وزير الخارجية الأردني أيمن الصفدي يوم الأحد إن"
      + " بلاده تدعم الحل السياسي في سوريا.\n\nوأضاف الصفدي في مؤتمر صحفي في عمان أن اللقاء مع"
      + " المبعوث الأممي كان مثمرا.\n";

  private TinyCorpus() {}

  /** The sample pages of {@code samples/seeds} and the tiny items, by file name. */
  static Map<String, byte[]> all() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> pages = Files.list(Path.of("samples/seeds"))) {
      for (Path p : pages.sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    files.put("tiny-surname.txt", SURNAME.getBytes(StandardCharsets.UTF_8));
    files.put("tiny-blast.txt", BLAST.getBytes(StandardCharsets.UTF_8));
    files.put("tiny-minister.txt", MINISTER.getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
