package org.isnad.model;

/** Whether a reported event happened as far as the sentence says. */
public enum Modality {
  /** Reported as having happened (or happening). */
  ASSERTED,
  /** Reported as not having happened: "لم يطلب قط". */
  NEGATED,
  /** Planned, considered, nearly done, feared: "كان على وشك", "فكّر بمغادرة". */
  UNREALISED
}
