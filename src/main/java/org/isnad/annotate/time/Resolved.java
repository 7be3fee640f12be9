package org.isnad.annotate.time;

import org.isnad.model.TimexType;

/** A mention's normalised value, with how it was obtained. */
record Resolved(TimexType type, String value, String mod, String anchor, String problem) {
  static Resolved of(TimexType type, String value) {
    return new Resolved(type, value, null, null, null);
  }

  Resolved withMod(String newMod) {
    return new Resolved(type, value, newMod, anchor, problem);
  }

  Resolved withProblem(String newProblem) {
    return new Resolved(type, value, mod, anchor, newProblem);
  }

  Resolved withType(TimexType newType) {
    return new Resolved(newType, value, mod, anchor, problem);
  }

  Resolved withValue(String newValue) {
    return new Resolved(type, newValue, mod, anchor, problem);
  }
}
