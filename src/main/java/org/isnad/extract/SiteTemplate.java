package org.isnad.extract;

import java.util.Collection;
import org.isnad.model.Document;

/**
 * Lines that recur across the text pages of one batch: a site's template (menus, footers,
 * author boxes). Learned once per batch, read-only afterwards, safe to share between threads.
 */
public final class SiteTemplate {
  private static final SiteTemplate EMPTY = new SiteTemplate();

  public static SiteTemplate empty() {
    return EMPTY;
  }

  /** Learns the template lines of a batch. */
  public static SiteTemplate learn(Collection<Document> documents) {
    return EMPTY;
  }
}
