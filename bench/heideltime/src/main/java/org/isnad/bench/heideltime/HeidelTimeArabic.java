package org.isnad.bench.heideltime;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.ResultFormatter;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;

/**
 * HeidelTime 2.2.1 in Arabic / NEWS / TimeML mode without a POS tagger, plus the mapping of its
 * TimeML output to code point offsets. Not thread safe (neither is HeidelTime).
 */
public final class HeidelTimeArabic {

  /** Classpath location of the bundled minimal config.props. */
  public static final String BUNDLED_CONFIG = "/org/isnad/bench/heideltime/config.props";

  /** One TIMEX3: code point offsets into the input text, end exclusive. */
  public record Timex(int start, int end, String type, String value) {}

  /**
   * Tagging result of one document.
   *
   * @param timexes the TIMEX3s, in document order
   * @param timeml HeidelTime's raw TimeML output
   * @param textMismatch the text re-emitted in the TimeML differs from the input (offsets were
   *     then taken from the CAS annotations)
   * @param mismatchedSpans TimeML spans that matched no CAS annotation (ditto)
   * @param droppedOverlaps CAS timexes that HeidelTime's TimeML writer dropped as overlapping
   * @param internalErrors sentences for which HeidelTime reported (and swallowed) an exception
   * @param diagnostics everything HeidelTime printed to stdout/stderr while processing
   */
  public record Result(List<Timex> timexes, String timeml, boolean textMismatch,
      int mismatchedSpans, int droppedOverlaps, int internalErrors, String diagnostics) {}

  /** What HeidelTime prints (to System.err) when a rule throws inside a sentence. */
  static final String INTERNAL_ERROR_MARKER = "has been interrupted by an exception";

  /** Key of a span in UTF-16 offsets, used to cross-check TimeML against the CAS. */
  private record Utf16Span(int begin, int end, String type, String value) {}

  private final HeidelTimeStandalone standalone;
  private final CapturingFormatter formatter = new CapturingFormatter();

  /** Cumulative nanoseconds spent inside HeidelTime's TimeMLResultFormatter. */
  private long formatNanos;

  /**
   * @param configPath a config.props file, or {@code null} to use the bundled one
   */
  public HeidelTimeArabic(String configPath) {
    if (configPath == null) {
      Properties props = new Properties();
      try (InputStream in = HeidelTimeArabic.class.getResourceAsStream(BUNDLED_CONFIG)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + BUNDLED_CONFIG);
        }
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // HeidelTimeStandalone only reads a config file when Config is not yet initialized.
      Config.setProps(props);
    }
    standalone = new HeidelTimeStandalone(Language.ARABIC, DocumentType.NEWS, OutputType.TIMEML,
        configPath, POSTagger.NO, Boolean.FALSE);
  }

  /** Tags {@code text} with document creation time {@code dct}. */
  public Result tag(String text, LocalDate dct) {
    Date date = Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant());
    formatter.reset();
    String timeml;
    // HeidelTime reports problems by printing (stack traces, "[HeidelTime] ..." messages and
    // debugging dumps) instead of throwing; capture that so it can be attributed and counted.
    PrintStream origOut = System.out;
    PrintStream origErr = System.err;
    ByteArrayOutputStream noise = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(noise, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      timeml = standalone.process(text, date, formatter);
    } catch (DocumentCreationTimeMissingException e) {
      throw new IllegalStateException(e);
    } finally {
      System.setOut(origOut);
      System.setErr(origErr);
      capture.flush();
    }
    String diagnostics = noise.toString(StandardCharsets.UTF_8);
    int internalErrors = countOccurrences(diagnostics, INTERNAL_ERROR_MARKER);
    if (timeml == null) {
      origErr.print(diagnostics);
    }
    if (timeml == null) {
      throw new IllegalStateException("HeidelTime produced no output (see stack trace above)");
    }
    TimeMlParser.Parsed parsed = TimeMlParser.parse(timeml);

    // The CAS annotations (UTF-16 offsets into exactly the text we passed) are the ground truth
    // the TimeML was written from; every TimeML span must be one of them.
    Set<Utf16Span> cas = new HashSet<>(formatter.captured);
    boolean textMismatch = !parsed.text().equals(text);
    int mismatched = 0;
    List<Timex> out = new ArrayList<>();
    if (!textMismatch) {
      for (TimeMlParser.Span s : parsed.spans()) {
        if (!cas.contains(new Utf16Span(s.begin(), s.end(), s.type(), s.value()))) {
          mismatched++;
        }
        out.add(toTimex(text, s.begin(), s.end(), s.type(), s.value()));
      }
    }
    if (textMismatch || mismatched > 0) {
      // Fall back to the CAS annotations, applying the formatter's own overlap removal.
      out.clear();
      for (Utf16Span s : removeOverlapsLikeTimeMl(formatter.captured)) {
        out.add(toTimex(text, s.begin(), s.end(), s.type(), s.value()));
      }
      if (mismatched == 0) {
        mismatched = Math.abs(out.size() - parsed.spans().size());
      }
    }
    int dropped = formatter.captured.size() - out.size();
    return new Result(out, timeml, textMismatch, mismatched, Math.max(0, dropped),
        internalErrors, diagnostics);
  }

  private static int countOccurrences(String haystack, String needle) {
    int count = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  /** Nanoseconds spent in HeidelTime's TimeML formatter since construction. */
  public long formatNanos() {
    return formatNanos;
  }

  private static Timex toTimex(String text, int begin, int end, String type, String value) {
    int cpStart = text.codePointCount(0, begin);
    int cpEnd = cpStart + text.codePointCount(begin, end);
    return new Timex(cpStart, cpEnd, type, value);
  }

  /**
   * Mirrors TimeMLResultFormatter's overlap handling: walk by begin offset (one timex per begin,
   * the last one in index order wins), and when two overlap keep the one whose value string is
   * longer (ties: the later one).
   */
  private static List<Utf16Span> removeOverlapsLikeTimeMl(List<Utf16Span> all) {
    java.util.TreeMap<Integer, Utf16Span> byBegin = new java.util.TreeMap<>();
    for (Utf16Span s : all) {
      byBegin.put(s.begin(), s);
    }
    Set<Utf16Span> skip = new HashSet<>();
    Utf16Span prev = null;
    for (Utf16Span cur : byBegin.values()) {
      if (prev != null && prev.end() > cur.begin()) {
        if (prev.value().length() > cur.value().length()) {
          skip.add(cur);
        } else {
          skip.add(prev);
          prev = cur;
        }
      } else {
        prev = cur;
      }
    }
    List<Utf16Span> kept = new ArrayList<>();
    for (Utf16Span s : byBegin.values()) {
      if (!skip.contains(s)) {
        kept.add(s);
      }
    }
    return kept;
  }

  /**
   * Delegates to HeidelTime's own TimeMLResultFormatter (so the TimeML is exactly what the
   * HeidelTime standalone tool prints) and additionally records the Timex3 annotations of the
   * CAS for cross-checking, and the time spent formatting.
   */
  private final class CapturingFormatter implements ResultFormatter {
    private final TimeMLResultFormatter delegate = new TimeMLResultFormatter();
    private final List<Utf16Span> captured = new ArrayList<>();

    void reset() {
      captured.clear();
    }

    @Override
    public String format(JCas jcas) throws Exception {
      FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
      while (it.hasNext()) {
        Timex3 t = (Timex3) it.next();
        captured.add(new Utf16Span(t.getBegin(), t.getEnd(),
            Objects.toString(t.getTimexType(), ""), Objects.toString(t.getTimexValue(), "")));
      }
      long t0 = System.nanoTime();
      String s = delegate.format(jcas);
      formatNanos += System.nanoTime() - t0;
      return s;
    }
  }
}
