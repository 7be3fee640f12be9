package org.isnad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.model.ProblemCode;

/**
 * Decodes bytes stretch by stretch, as {@link Utf8Check#runs} split them: a UTF-8 run as UTF-8
 * (broken sequences become U+FFFD), any other run with a single-byte charset. Rules for a run
 * that is not UTF-8:
 *
 * <ul>
 *   <li>a declared legacy charset is kept unless an Arabic candidate reads the run as Arabic
 *       with both more Arabic letters and fewer foreign characters (e.g. ISO-8859-1 declared over
 *       ISO-8859-6 bytes): then the candidate wins and the override is noted;
 *   <li>otherwise the best candidate ({@link LegacyCharsets#best}) — unless the document also has
 *       UTF-8 runs and no candidate reads this one as Arabic: then it is damage, decoded as UTF-8
 *       so it shows as U+FFFD rather than as invented letters;
 *   <li>every choice not backed by a declaration is noted with the letters each candidate gives.
 * </ul>
 *
 * <p>The text is the concatenation of the runs' texts, so offsets into it are offsets into the
 * decoded document. Linear time. Not thread safe; one per document.
 */
final class SegmentDecoder {
  /** Stretches spelled out in the mixed-charsets warning; a hostile page may have thousands. */
  static final int MAX_STRETCHES = 10;
  private final byte[] bytes;
  private final CharsetSniffer.Declaration declared;
  private final DecodingNotes notes;
  private final Set<Charset> used = new LinkedHashSet<>();
  private final List<String> stretches = new ArrayList<>();

  SegmentDecoder(byte[] bytes, CharsetSniffer.Declaration declared, DecodingNotes notes) {
    this.bytes = bytes;
    this.declared = declared;
    this.notes = notes;
  }

  /** The decoded text of all runs and the charsets used, e.g. {@code UTF-8+windows-1256}. */
  CharsetSniffer.Decoded decode(List<Utf8Check.Run> runs) {
    boolean mixed = runs.stream().anyMatch(Utf8Check.Run::utf8);
    StringBuilder text = new StringBuilder(runs.size() == 1 ? 0 : bytes.length);
    String only = null;
    for (Utf8Check.Run run : runs) {
      Charset charset = run.utf8() ? utf8(run) : legacy(run, mixed);
      only = new String(bytes, run.start(), run.end() - run.start(), charset);
      if (runs.size() > 1) {
        text.append(only);
      }
      used.add(charset);
      if (stretches.size() < MAX_STRETCHES) {
        stretches.add("bytes " + span(run) + " " + charset.name());
      }
    }
    if (used.size() > 1) {
      int more = runs.size() - stretches.size();
      notes.add(ProblemCode.MIXED_CHARSETS,
          "decoded stretch by stretch, each by what its bytes are: "
          + String.join(", ", stretches) + (more > 0 ? " and " + more + " more stretches" : ""));
    }
    String label = used.stream().map(Charset::name).collect(Collectors.joining("+"));
    return new CharsetSniffer.Decoded(runs.size() == 1 ? only : text.toString(), label);
  }

  private Charset utf8(Utf8Check.Run run) {
    if (declared != null && !declared.isUtf8()) {
      notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " " + declared.charset().name()
          + " but bytes " + span(run) + " are UTF-8; decoded as UTF-8");
    }
    return StandardCharsets.UTF_8;
  }

  private Charset legacy(Utf8Check.Run run, boolean mixed) {
    List<LegacyCharsets.Reading> readings = LegacyCharsets.readings(bytes, run.start(), run.end());
    LegacyCharsets.Reading best = LegacyCharsets.best(readings);
    if (declared != null && !declared.isUtf8()) {
      return againstDeclared(run, best);
    }
    if (mixed && !best.tally().plausible()) {
      return StandardCharsets.UTF_8;
    }
    String why = "bytes " + span(run) + " are not UTF-8; " + compare(readings) + "; decoded as "
        + best.charset().name();
    if (declared == null) {
      notes.add(ProblemCode.CHARSET_GUESSED, "no usable charset declared and " + why);
    } else {
      notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " UTF-8 but " + why);
    }
    return best.charset();
  }

  private Charset againstDeclared(Utf8Check.Run run, LegacyCharsets.Reading best) {
    Charset charset = declared.charset();
    LegacyCharsets.Reading own = LegacyCharsets.read(charset, bytes, run.start(), run.end());
    ArabicLetters.Tally theirs = best.tally();
    boolean better = theirs.plausible() && theirs.arabic() > own.tally().arabic()
        && theirs.foreign() < own.tally().foreign();
    if (!better) {
      return charset;
    }
    notes.add(ProblemCode.CHARSET_MISMATCH, declared.by() + " " + charset.name() + ", which reads "
        + "bytes " + span(run) + " as " + describe(own) + ", but " + best.charset().name()
        + " reads them as " + describe(best) + "; decoded as " + best.charset().name());
    return best.charset();
  }

  private static String compare(List<LegacyCharsets.Reading> readings) {
    return readings.stream().map(r -> r.charset().name() + " gives " + describe(r))
        .collect(Collectors.joining(", "));
  }

  private static String describe(LegacyCharsets.Reading reading) {
    return reading.tally().arabic() + " Arabic letters and " + reading.tally().foreign()
        + " other non-ASCII characters";
  }

  private static String span(Utf8Check.Run run) {
    return run.start() + "–" + run.end();
  }
}
