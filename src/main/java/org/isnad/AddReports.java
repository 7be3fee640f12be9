package org.isnad;

import org.isnad.model.AddReport;
import org.isnad.model.Extraction;

/** The {@link AddReport} of a {@link StoreAdd.Added}: what {@code isnad add} prints. */
public final class AddReports {
  private AddReports() { }

  /** What {@code added} did, with each failure as its document's source and error. */
  public static AddReport of(StoreAdd.Added added) {
    StoreAdd.Sizes s = added.store();
    return new AddReport(added.added(), added.known(), added.redone(),
        added.failures().stream().map(AddReports::failed).toList(), added.skipped(),
        new AddReport.Sizes(s.documents(), s.articles(), s.events(), s.stories()),
        added.documents());
  }

  private static AddReport.Failed failed(Extraction failure) {
    return new AddReport.Failed(failure.document().source(), String.valueOf(failure.error()));
  }
}
