package org.isnad;

import org.isnad.link.LinkRecall;
import org.isnad.timeline.TimelineRecall;

/**
 * What the link and timeline stages recall of the last linkings of one store: kept by a running
 * server's {@link ResidentCase}, none for every other run (a one-off run would pay for filling
 * them and never read them back). Pure results by their inputs, so no answer depends on them.
 */
record Recalls(LinkRecall link, TimelineRecall timeline) {
  /** Recall nothing: every result computed. */
  static final Recalls NONE = new Recalls(LinkRecall.none(), TimelineRecall.none());

  /** Ends a linking: what the one before asked and this one did not is forgotten now. */
  void settle() {
    link.settle();
    timeline.settle();
  }

  /** Recalls kept from one linking to the next. */
  static Recalls kept() {
    return new Recalls(LinkRecall.kept(), TimelineRecall.kept());
  }
}
