package org.isnad.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.Datasets;

/**
 * The corpus a quote or time gold points into: sentence pointers ({@code file, index, start, end,
 * sha1-8}) read back as text. SaudiNewsNet (a folder of day zips, {@code file} a day's JSON,
 * {@code index} the article in its array, offsets into its {@code content}) or Baly et al. (2018)
 * (a folder of claim files, {@code file} a claim JSON, {@code index} the article in its
 * {@code article} array, offsets into that raw text). Offsets are code points.
 */
public interface GoldCorpus {
  /**
   * Code points [start, end) of the article, checked against the first hex digits of their SHA-1.
   *
   * @throws IllegalArgumentException when the pointer is out of range or the hash differs
   */
  default String text(String sid, String file, int index, int start, int end, String sha1)
      throws IOException {
    String text = span(sid, file, index, start, end);
    String hash = CorpusSentences.sha1(text);
    if (!hash.startsWith(sha1)) {
      throw new IllegalArgumentException(sid + ": text differs from the gold (hash "
          + hash.substring(0, 8) + ", gold " + sha1 + ")");
    }
    return text;
  }

  /**
   * Code points [start, end) of the article, unchecked.
   *
   * @throws IllegalArgumentException when the article is missing or the span out of range
   */
  String span(String sid, String file, int index, int start, int end) throws IOException;

  /**
   * The corpus in {@code dataset}, chosen by its contents: claim files ({@code *.json}, no zips)
   * are Baly et al., anything else SaudiNewsNet.
   *
   * @throws IllegalArgumentException when {@code dataset} is not a directory
   */
  static GoldCorpus open(Path dataset) throws IOException {
    return Datasets.isClaimFolder(dataset) ? new BalySentences(dataset)
        : new CorpusSentences(dataset);
  }

  /** Code points [start, end) of {@code content}. */
  static String cut(String sid, String content, int start, int end) {
    int length = content.codePointCount(0, content.length());
    if (end > length || start < 0 || start > end) {
      throw new IllegalArgumentException(sid + ": span " + start + "-" + end
          + " outside the article");
    }
    int s = content.offsetByCodePoints(0, start);
    return content.substring(s, content.offsetByCodePoints(s, end - start));
  }
}
