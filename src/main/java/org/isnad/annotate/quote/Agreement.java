package org.isnad.annotate.quote;

/** Person/number/gender of a speech verb, used to carry a dropped subject over. */
enum Agreement {
  MASCULINE, FEMININE, PLURAL, DUAL_MASCULINE, DUAL_FEMININE, UNKNOWN;

  /** The agreement of the n-th form column of {@code text/speech-verbs.txt}. */
  static Agreement ofColumn(int column) {
    return values()[column];
  }

  boolean agreesWith(Agreement other) {
    return this == UNKNOWN || other == UNKNOWN || this == other
        || (plural() && other.plural());
  }

  private boolean plural() {
    return this == PLURAL;
  }
}
