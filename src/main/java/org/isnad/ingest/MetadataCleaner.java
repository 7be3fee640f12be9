package org.isnad.ingest;

/**
 * Makes a metadata string safe to carry through the pipeline: every unpaired surrogate becomes
 * U+FFFD and every control character (C0, DEL and C1) except tab and newline is dropped. Counts
 * what it changed so the caller can say so. Linear in the length of the string.
 *
 * <p>Thread safe: holds no state.
 */
final class MetadataCleaner {
  /** The cleaned text and how many surrogates were replaced and controls dropped. */
  record Cleaned(String text, int surrogates, int controls) {
    boolean changed() {
      return surrogates > 0 || controls > 0;
    }
  }

  /** Replaces unpaired surrogates and drops controls other than tab and newline. */
  Cleaned clean(String text) {
    return scrub(text, true);
  }

  /** Replaces unpaired surrogates only: what text content needs before it becomes bytes. */
  Cleaned pairSurrogates(String text) {
    return scrub(text, false);
  }

  private static Cleaned scrub(String text, boolean dropControls) {
    StringBuilder out = null;
    int surrogates = 0;
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        out = started(out, text, i).append('\uFFFD');
        surrogates++;
      } else if (dropControls && isControl(c)) {
        out = started(out, text, i);
        controls++;
      } else if (out != null) {
        out.append(c);
      }
    }
    return new Cleaned(out == null ? text : out.toString(), surrogates, controls);
  }

  private static StringBuilder started(StringBuilder out, String text, int upTo) {
    return out != null ? out : new StringBuilder(text.length()).append(text, 0, upTo);
  }

  private static boolean isControl(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7F && c <= 0x9F;
  }
}
