package org.isnad.annotate.entity;

import org.isnad.model.EntityType;

/** A mention found in normalised text (char offsets), before mapping back and linking. */
record RawMention(int start, int end, EntityType type) {
  boolean overlaps(RawMention other) {
    return start < other.end && other.start < end;
  }
}
