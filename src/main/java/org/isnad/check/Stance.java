package org.isnad.check;

import java.util.Locale;

/**
 * An article's stance toward a claim, as in Baly et al. (2018): it says the claim happened
 * ({@link #AGREE}), says it did not or calls it false ({@link #DISAGREE}), reports on the
 * matter without taking either side ({@link #DISCUSS}), or is about something else
 * ({@link #UNRELATED}). A stance is the article's, never isnad's verdict on the claim.
 */
public enum Stance {
  AGREE, DISAGREE, DISCUSS, UNRELATED;

  /** The lower-case code used in JSON and in the gold files ({@code agree} …). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The stance of {@code code} ({@code agree}, {@code disagree}, {@code discuss},
   * {@code unrelated}, any case).
   *
   * @throws IllegalArgumentException for any other value, naming it
   */
  public static Stance of(String code) {
    if (code != null) {
      for (Stance s : values()) {
        if (s.code().equalsIgnoreCase(code.strip())) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException("not a stance (agree, disagree, discuss, unrelated): "
        + code);
  }
}
