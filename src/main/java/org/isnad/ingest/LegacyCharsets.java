package org.isnad.ingest;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The single-byte Arabic charsets, and which of them reads a stretch of bytes best: the one whose
 * text has the best {@link ArabicLetters.Tally#score()} (most Arabic letters, fewest foreign
 * characters). The two disagree on many letters: ISO-8859-6 text read as windows-1256 turns
 * «و ي ه ى» into Latin accents, and windows-1256 text read as ISO-8859-6 turns «ف ق ك» into
 * U+FFFD, so the right one wins by a margin.
 *
 * <p>Linear time; a reading decodes a single-byte charset {@link #CHUNK} bytes at a time, so
 * judging a 64 MB stretch holds no 64 MB text per candidate. Thread safe (stateless).
 */
final class LegacyCharsets {
  static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  /**
   * Candidates, in order of preference on a tie: windows-1256 is by far the most common legacy
   * charset on Arabic news sites; ISO-8859-6 is older (Unix, mail).
   */
  static final List<Charset> CANDIDATES = List.of(WINDOWS_1256, ISO_8859_6);
  /** Bytes decoded at a time while judging a single-byte charset (any cut is safe). */
  static final int CHUNK = 1 << 16;

  /** A charset and how Arabic the text it gives for a stretch is. */
  record Reading(Charset charset, ArabicLetters.Tally tally) {}

  private LegacyCharsets() {}

  /** How {@code charset} reads {@code bytes[from, to)}. */
  static Reading read(Charset charset, byte[] bytes, int from, int to) {
    int chunkSize = isSingleByte(charset) ? CHUNK : Math.max(1, to - from);
    int arabic = 0;
    int foreign = 0;
    for (int at = from; at < to; at += chunkSize) {
      ArabicLetters.Tally chunk = ArabicLetters.tally(
          new String(bytes, at, Math.min(chunkSize, to - at), charset));
      arabic += chunk.arabic();
      foreign += chunk.foreign();
    }
    return new Reading(charset, new ArabicLetters.Tally(arabic, foreign));
  }

  /** Single-byte charsets may be cut anywhere; a multi-byte one (GBK…) is read whole. */
  private static boolean isSingleByte(Charset charset) {
    return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
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
