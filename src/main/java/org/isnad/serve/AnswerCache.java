package org.isnad.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON answers of read requests, kept by request (path and query string) for one version of
 * the case: while the version lasts, the same request gets the same bytes without asking the
 * view again; an answer of another version is never given (the first request after a change
 * empties the cache). At most {@code maxBytes} of answers are kept, the least recently asked
 * dropped first; an answer larger than an eighth of that is not kept. Thread safe.
 *
 * <p>Design decision: under many clients a server on few cores is bound by its CPU per request,
 * and the pages readers ask most (the timeline's first pages, an event opened from it, a search
 * shared with colleagues) are asked again and again between two adds. Keeping their bytes costs
 * a map lookup where a timeline page costs reading and parsing its events' JSON (1–27 ms of CPU
 * on 31,030 articles) and a search page Lucene's scoring and highlighting (7–12 ms).
 */
final class AnswerCache {
  private final long maxBytes;
  private final LinkedHashMap<String, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true);
  private long version = Long.MIN_VALUE;
  private long bytes;

  /**
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  AnswerCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The answer kept for {@code request} at {@code version}, or null. */
  synchronized byte[] get(String request, long version) {
    if (version < 0 || version != this.version) {
      return null;
    }
    return answers.get(request);
  }

  /**
   * Keeps {@code answer} for {@code request} at {@code version} (the version read before the
   * answer was made); a negative version (the view cannot tell) or one older than the kept
   * answers' keeps nothing.
   */
  synchronized void put(String request, long version, byte[] answer) {
    if (version < 0 || version < this.version || answer.length > maxBytes / 8) {
      return;
    }
    if (version != this.version) {
      answers.clear();
      bytes = 0;
      this.version = version;
    }
    byte[] old = answers.put(request, answer);
    bytes += answer.length - (old == null ? 0 : old.length);
    var eldest = answers.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      Map.Entry<String, byte[]> e = eldest.next();
      bytes -= e.getValue().length;
      eldest.remove();
    }
  }

  /** How many answers are kept (tests). */
  synchronized int size() {
    return answers.size();
  }
}
