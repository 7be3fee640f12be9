package org.isnad.ingest;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The single-byte Arabic charsets, and which of them reads a stretch of bytes best: the one whose
 * text has the best {@link ArabicLetters.Tally#score()} (most Arabic letters, fewest foreign
 * characters). The two disagree on many letters: ISO-8859-6 text read as windows-1256 turns
 * «و ي ه ى» into Latin accents, and windows-1256 text read as ISO-8859-6 turns «ف ق ك» into
 * U+FFFD, so the right one always wins by a margin.
 *
 * <p>Linear time in the stretch (one decoding per candidate); thread safe.
 */
final class LegacyCharsets {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  /**
   * Candidates, in order of preference on a tie: windows-1256 is by far the most common legacy
   * charset on Arabic news sites; ISO-8859-6 is older (Unix, mail).
   */
  static final List<Charset> CANDIDATES = List.of(WINDOWS_1256, ISO_8859_6);

  /** A charset, the text it gives for a stretch, and how Arabic that text is. */
  record Reading(Charset charset, String text, ArabicLetters.Tally tally) {}

  private LegacyCharsets() {}

  static Reading read(Charset charset, byte[] bytes, int from, int to) {
    String text = new String(bytes, from, to - from, charset);
    return new Reading(charset, text, ArabicLetters.tally(text));
  }

  /** Every candidate's reading of {@code bytes[from, to)}, in candidate order. */
  static List<Reading> readings(byte[] bytes, int from, int to) {
    return CANDIDATES.stream().map(c -> read(c, bytes, from, to)).toList();
  }

  /** The reading with the best score; the earlier candidate on a tie. */
  static Reading best(List<Reading> readings) {
    Reading best = readings.get(0);
    for (Reading reading : readings) {
      if (reading.tally().score() > best.tally().score()) {
        best = reading;
      }
    }
    return best;
  }

  /** True for the candidates (used to tell whether a declaration names an Arabic charset). */
  static boolean isArabic(Charset charset) {
    return CANDIDATES.contains(charset);
  }
}
