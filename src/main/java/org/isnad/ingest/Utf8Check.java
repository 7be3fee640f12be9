package org.isnad.ingest;

/**
 * Counts well-formed and broken UTF-8 multi-byte sequences, to tell "UTF-8 with a few damaged
 * bytes" (decode as UTF-8, replace the damage) from "a legacy single-byte charset" (run the
 * detector). A legacy Arabic page has almost no well-formed sequences by chance.
 */
final class Utf8Check {
  /** Share of well-formed sequences above which damaged UTF-8 is still read as UTF-8. */
  static final double MOSTLY = 0.9;

  private Utf8Check() {}

  static boolean mostlyUtf8(byte[] bytes) {
    int good = 0;
    int bad = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
          : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (length == 1) {
        i++;
      } else if (length > 1 && continuations(bytes, i + 1, length - 1)) {
        good++;
        i += length;
      } else {
        bad++;
        i++;
      }
    }
    return good > 0 && good >= MOSTLY * (good + bad);
  }

  private static boolean continuations(byte[] bytes, int from, int count) {
    if (from + count > bytes.length) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
