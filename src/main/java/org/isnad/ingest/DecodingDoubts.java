package org.isnad.ingest;

import java.util.regex.Pattern;
import org.isnad.model.ProblemCode;

/**
 * Looks at a decoded text for signs that it may still be wrong, and notes them as warnings:
 *
 * <ul>
 *   <li>any U+FFFD is {@code undecodable-bytes}, with the count;
 *   <li>U+FFFD making up more than {@link #MAX_REPLACEMENT_SHARE} of the non-ASCII characters is
 *       {@code decoding-doubtful}: the input is damaged or in a charset not tried;
 *   <li>a page labelled Arabic ({@code lang="ar…"} in a tag in its first 4 KB, or a declared Arabic
 *       charset) whose text has no Arabic letter is {@code decoding-doubtful}.
 * </ul>
 *
 * <p>Linear time (one pass, only when a U+FFFD is present, plus one for the Arabic check on
 * labelled pages). Thread safe (stateless).
 */
final class DecodingDoubts {
  /**
   * Share of replacement characters among non-ASCII characters above which a decoding is
   * doubtful. One damaged byte per paragraph stays well under 1%; a wrong charset or a damaged
   * block gives far more.
   */
  static final double MAX_REPLACEMENT_SHARE = 0.05;
  private static final int LABEL_WINDOW = 4096;
  private static final Pattern ARABIC_LANG = Pattern.compile(
      "<[a-z][^<>]*\\blang\\s*=\\s*[\"']?ar(?:[-_][a-z0-9]+)?(?:[\"'\\s/>]|$)",
      Pattern.CASE_INSENSITIVE);

  private DecodingDoubts() {}

  static void review(CharsetSniffer.Decoded decoded, CharsetSniffer.Declaration declared,
      DecodingNotes notes) {
    String text = decoded.text();
    if (text.indexOf('\uFFFD') >= 0) {
      replacements(text, decoded.charset(), notes);
    }
    String label = arabicLabel(text, declared);
    if (label != null && !ArabicLetters.any(text)) {
      notes.add(ProblemCode.DECODING_DOUBTFUL,
          "the page is labelled Arabic (" + label + ") but its "
          + "text, decoded as " + decoded.charset() + ", has no Arabic letter");
    }
  }

  private static void replacements(String text, String charset, DecodingNotes notes) {
    int replaced = 0;
    int nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      replaced += c == '\uFFFD' ? 1 : 0;
      nonAscii += c >= 0x80 ? 1 : 0;
    }
    notes.add(ProblemCode.UNDECODABLE_BYTES,
        "the text has " + replaced + " U+FFFD where bytes were "
        + "not valid " + charset);
    if (replaced > MAX_REPLACEMENT_SHARE * nonAscii) {
      notes.add(ProblemCode.DECODING_DOUBTFUL,
          replaced + " of " + nonAscii + " non-ASCII characters "
          + "are U+FFFD (more than " + Math.round(MAX_REPLACEMENT_SHARE * 100) + "%): the input "
          + "is damaged or in a charset not tried");
    }
  }

  /** What labels the page Arabic, or {@code null}. */
  private static String arabicLabel(String text, CharsetSniffer.Declaration declared) {
    if (declared != null && LegacyCharsets.isArabic(declared.charset())) {
      return declared.by() + " " + declared.charset().name();
    }
    int window = Math.min(text.length(), LABEL_WINDOW);
    int tag = text.indexOf('<');
    if (tag < 0 || tag >= window) {
      return null; // no tag in the window, so no lang attribute (plain text pages)
    }
    String head = text.substring(0, window);
    return ARABIC_LANG.matcher(head).find() ? "lang=\"ar\"" : null;
  }
}
