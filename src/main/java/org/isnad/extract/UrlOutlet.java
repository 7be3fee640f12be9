package org.isnad.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The site a URL belongs to, as an outlet name when the page names none: the host in lower
 * case without {@code www.}, {@code m.} or {@code amp.} ({@code https://www.aljazeera.net/news/…}
 * → {@code aljazeera.net}). Two articles of one site then count as one publisher. Thread safe.
 */
public final class UrlOutlet {
  private UrlOutlet() {}

  /** The site of {@code url}, or empty when it is not an absolute http(s) URL. */
  public static Optional<String> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(url.strip());
      String host = uri.getHost();
      if (host == null || uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      for (String prefix : new String[] {"www.", "m.", "amp.", "ar."}) {
        if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
          host = host.substring(prefix.length());
        }
      }
      return Optional.of(host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
