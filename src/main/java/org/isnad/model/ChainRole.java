package org.isnad.model;

/** The part one link plays in an attribution chain, from the page to the origin. */
public enum ChainRole {
  /** The outlet that published the article. */
  PUBLISHER,
  /** An outlet or person that passed the statement on ("لرويترز", "نقلت وكالة … عن"). */
  RELAY,
  /** Who made the statement. */
  SPEAKER,
  /** Whom the speaker cites ("نقلاً عن مصدر"). */
  SOURCE
}
