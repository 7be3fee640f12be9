package org.isnad.annotate.event;

import java.util.Arrays;

/**
 * Where the blank lines ({@code "\n\n"}) of a text are, found in one pass, so that the paragraph
 * of an offset costs a binary search instead of a scan back through the text. Immutable and
 * thread safe.
 */
final class ParagraphBreaks {
  private final int[] breaks;

  ParagraphBreaks(String text) {
    int[] found = new int[16];
    int n = 0;
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 1)) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = i;
    }
    breaks = Arrays.copyOf(found, n);
  }

  /** What {@code text.lastIndexOf("\n\n", from)} gives: the last break at or before, or -1. */
  int lastAtOrBefore(int from) {
    int i = Arrays.binarySearch(breaks, from);
    if (i >= 0) {
      return breaks[i];
    }
    int before = -i - 2;
    return before < 0 ? -1 : breaks[before];
  }
}
