package org.isnad.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads bytes as UTF-8 without decoding them: are they valid, and which stretches are UTF-8 and
 * which are something else (a legacy single-byte charset, or damage).
 *
 * <p>Rules for {@link #runs}:
 *
 * <ul>
 *   <li>a <em>word</em> is a maximal stretch of non-ASCII bytes; it is UTF-8 when it holds at least
 *       as many well-formed sequences as broken bytes. Windows-1256 Arabic letters are lead bytes
 *       (0xC1–0xFF) not followed by continuation bytes, so a legacy word is almost all broken;
 *       the rare accidental pair (e.g. «ة،» = C9 A1) is outvoted by the rest of the word;
 *   <li>consecutive words of the same kind form a run; ASCII between runs belongs to the run
 *       before it (ASCII reads the same in every candidate charset);
 *   <li>a run shorter than {@link #MIN_RUN} characters is noise: a short run of the minority kind
 *       takes the document's majority kind (a few stray bytes in UTF-8 become U+FFFD, not a
 *       windows-1256 island), and a short majority run squeezed between long minority runs takes
 *       their kind.
 * </ul>
 *
 * <p>Guarantees: linear time, one pass plus one pass over the runs; run boundaries never cut a
 * UTF-8 sequence; at most {@link #MAX_RAW_RUNS} runs are kept, beyond which the whole input is
 * one run of the majority kind and {@link Runs#capped()} is true. Thread safe (stateless).
 */
final class Utf8Check {
  /**
   * Characters below which a run is noise rather than a stretch in another charset: two short
   * Arabic words. Damage in a UTF-8 file is usually one to four bytes (a cut or stray sequence).
   */
  static final int MIN_RUN = 8;
  /** Charset switches kept before giving up on segments (bounds memory on hostile input). */
  static final int MAX_RAW_RUNS = 100_000;

  /** Bytes {@code [start, end)}, UTF-8 or not. */
  record Run(int start, int end, boolean utf8) {}

  /** The runs of an input, and whether there were too many to keep. */
  record Runs(List<Run> runs, boolean capped) {}

  private Utf8Check() {}

  /** True when {@code bytes[from..]} is well-formed UTF-8 (strict: no overlongs, surrogates). */
  static boolean isValid(byte[] bytes, int from) {
    int i = from;
    while (i < bytes.length) {
      int length = sequence(bytes, i);
      if (length == 0) {
        return false;
      }
      i += length;
    }
    return true;
  }

  /** True when some byte from {@code from} on is not ASCII. */
  static boolean hasNonAscii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of the well-formed UTF-8 sequence starting at {@code i} (1 for ASCII), or 0 when
   * the byte there does not start one.
   */
  static int sequence(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > bytes.length || !secondFits(lead, bytes[i + 1] & 0xFF)) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if ((bytes[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return length;
  }

  /** The second byte's range, which rules out overlong forms, surrogates and > U+10FFFF. */
  private static boolean secondFits(int lead, int second) {
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    return second >= low && second <= high;
  }

  /** Splits {@code bytes[from..]} into UTF-8 and non-UTF-8 runs; see the class rules. */
  static Runs runs(byte[] bytes, int from) {
    RawRuns raw = RawRuns.scan(bytes, from);
    if (raw.count > MAX_RAW_RUNS) {
      return new Runs(List.of(new Run(from, bytes.length, raw.utf8Majority())), true);
    }
    return new Runs(raw.smoothed(bytes.length), false);
  }

  /** Runs before smoothing, in parallel arrays (a hostile input may have very many). */
  private static final class RawRuns {
    private int[] starts = new int[16];
    private int[] weights = new int[16];
    private boolean[] utf8 = new boolean[16];
    private int count;
    private long utf8Weight;
    private long otherWeight;

    static RawRuns scan(byte[] bytes, int from) {
      RawRuns raw = new RawRuns();
      int i = from;
      while (i < bytes.length) {
        if (bytes[i] >= 0) {
          i++;
          continue;
        }
        int start = i;
        int good = 0;
        int bad = 0;
        while (i < bytes.length && bytes[i] < 0) {
          int length = sequence(bytes, i);
          good += length > 0 ? 1 : 0;
          bad += length > 0 ? 0 : 1;
          i += Math.max(length, 1);
        }
        raw.add(raw.count == 0 ? from : start, good + bad, good >= bad);
      }
      return raw;
    }

    private void add(int start, int weight, boolean isUtf8) {
      if (isUtf8) {
        utf8Weight += weight;
      } else {
        otherWeight += weight;
      }
      if (count > MAX_RAW_RUNS) {
        return;
      }
      if (count > 0 && utf8[count - 1] == isUtf8) {
        weights[count - 1] += weight;
        return;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        weights = Arrays.copyOf(weights, count * 2);
        utf8 = Arrays.copyOf(utf8, count * 2);
      }
      starts[count] = start;
      weights[count] = weight;
      utf8[count] = isUtf8;
      count++;
    }

    boolean utf8Majority() {
      return utf8Weight >= otherWeight;
    }

    List<Run> smoothed(int end) {
      boolean majority = utf8Majority();
      List<Run> runs = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        boolean kind = kindAfterSmoothing(k, majority);
        int runEnd = k + 1 < count ? starts[k + 1] : end;
        if (!runs.isEmpty() && runs.get(runs.size() - 1).utf8() == kind) {
          Run last = runs.remove(runs.size() - 1);
          runs.add(new Run(last.start(), runEnd, kind));
        } else {
          runs.add(new Run(starts[k], runEnd, kind));
        }
      }
      return runs;
    }

    private boolean kindAfterSmoothing(int k, boolean majority) {
      if (weights[k] >= MIN_RUN) {
        return utf8[k];
      }
      if (utf8[k] != majority) {
        return majority;
      }
      boolean squeezed = count > 1 && isLongMinority(k - 1, majority)
          && isLongMinority(k + 1, majority);
      return squeezed ? !majority : majority;
    }

    /** A missing neighbour counts as long minority, so a short run at an edge can flip. */
    private boolean isLongMinority(int k, boolean majority) {
      return k < 0 || k >= count || utf8[k] != majority && weights[k] >= MIN_RUN;
    }
  }
}
