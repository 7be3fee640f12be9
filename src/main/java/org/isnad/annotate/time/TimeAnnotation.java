package org.isnad.annotate.time;

import java.util.List;
import org.isnad.model.Published;
import org.isnad.model.Timex;

/** What the time annotator found in one article: its publication date and its timexes. */
public record TimeAnnotation(Published published, List<Timex> timexes) {
  public TimeAnnotation {
    timexes = List.copyOf(timexes);
  }
}
