package org.isnad.serve;

import java.util.Map;
import java.util.TreeMap;
import org.isnad.text.RuleFile;

/**
 * The display names of known outlets, read once from {@code outlet-names.txt} (lines
 * {@code CODES<TAB>Arabic<TAB>English}, {@code CODES} the codes and hosts an outlet is stored
 * under, separated by commas). The store keeps outlets as the input spelt them (a dataset's code
 * such as {@code okaz}, or a site's host); the web app shows these names instead and falls back to
 * the stored spelling for an outlet not listed. A line without three fields is a packaging bug.
 * Immutable; thread safe.
 */
final class OutletNames {
  private static final String FILE = "outlet-names.txt";
  private static final Map<String, String> ARABIC = new TreeMap<>();
  private static final Map<String, String> ENGLISH = new TreeMap<>();

  static {
    for (String line : RuleFile.read(OutletNames.class, FILE)) {
      String[] f = line.split("\t");
      if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
        throw new IllegalStateException(FILE + ": not CODES<TAB>Arabic<TAB>English: " + line);
      }
      for (String code : f[0].split(",")) {
        ARABIC.put(code.strip(), f[1].strip());
        ENGLISH.put(code.strip(), f[2].strip());
      }
    }
  }

  private OutletNames() {
  }

  /** Each known outlet code or host with its name in {@code arabic} or English, sorted by code. */
  static Map<String, String> of(boolean arabic) {
    return java.util.Collections.unmodifiableMap(arabic ? ARABIC : ENGLISH);
  }
}
