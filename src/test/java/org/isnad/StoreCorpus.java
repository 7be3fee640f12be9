package org.isnad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small corpus for the store's tests, written into a folder: the sample pages, the tiny items
 * and two text pages of one site sharing a furniture line (so adding the second changes the
 * first one's template answers).
 */
final class StoreCorpus {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  /** A site's furniture line: template once two pages carry it. */
  static final String FURNITURE = "شبكة الأخبار";
  static final String SITE_ONE = FURNITURE + "\nقال المتحدث باسم الوزارة إن الاجتماع الأول"
      + " انتهى مساء اليوم دون اتفاق على البنود العالقة بين الطرفين.";
  static final String SITE_TWO = FURNITURE + "\nأعلنت وزارة الصحة في القاهرة أمس أن عدد"
      + " المصابين ارتفع إلى عشرين بعد الحادث.";

  private StoreCorpus() {}

  /** Writes the corpus into {@code dir}; returns its files' paths, sorted. */
  static List<String> write(Path dir) throws IOException {
    Map<String, byte[]> files = TinyCorpus.all();
    files.put("site-one.txt", SITE_ONE.getBytes(StandardCharsets.UTF_8));
    files.put("site-two.txt", SITE_TWO.getBytes(StandardCharsets.UTF_8));
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      paths.add(Files.write(dir.resolve(f.getKey()), f.getValue()).toString());
    }
    return paths.stream().sorted().toList();
  }

  static Isnad engine() {
    return Isnad.with(2, FIXED);
  }

  /** Deletes {@code root} and everything below it (a test's temporary folder). */
  static void deleteTree(Path root) throws IOException {
    try (java.util.stream.Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** {@code files} shuffled and cut into two to four non-empty batches (property tests). */
  static net.jqwik.api.Arbitrary<List<List<String>>> batches(List<String> files) {
    return net.jqwik.api.Arbitraries.shuffle(files).flatMap(order -> net.jqwik.api.Arbitraries
        .integers().between(1, order.size() - 1).set().ofMinSize(1).ofMaxSize(3)
        .map(cuts -> split(order, cuts.stream().sorted().toList())));
  }

  private static List<List<String>> split(List<String> order, List<Integer> cuts) {
    List<List<String>> out = new ArrayList<>();
    int from = 0;
    for (int cut : cuts) {
      out.add(order.subList(from, cut));
      from = cut;
    }
    out.add(order.subList(from, order.size()));
    return out;
  }
}
