package org.isnad.eval.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Modality;

/**
 * The timeline gold file ({@code eval/timeline/gold.tsv}): {@code A} rows (articles), {@code E}
 * rows (real events) and {@code M} rows (reports: a trigger word in an article's content).
 */
public record TimelineGold(List<Article> articles, List<Event> events, List<Report> reports) {
  public TimelineGold {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    reports = List.copyOf(reports);
  }

  /** An article: a SaudiNewsNet pointer, its story and where its reports come from. */
  public record Article(String key, String story, String file, int index, String sha1,
      String origin) {}

  /** A real event and the day it happened ({@code null} when the texts do not say). */
  public record Event(String id, String type, String day) {}

  /**
   * One report: the trigger's code point offsets in the article's content, its modality and
   * the source it counts for (the article's origin unless the sentence names another).
   */
  public record Report(String event, String type, String article, int start, int end,
      String trigger, Modality modality, String source) {}

  /** @throws IllegalArgumentException when a row is malformed, with its line number */
  public static TimelineGold read(Path file) throws IOException {
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, Event> events = new LinkedHashMap<>();
    List<Report> reports = new ArrayList<>();
    org.isnad.eval.GoldRows.read(file, f -> parse(f, articles, events, reports));
    return new TimelineGold(List.copyOf(articles.values()), List.copyOf(events.values()),
        reports);
  }

  private static void parse(String[] f, Map<String, Article> articles, Map<String, Event> events,
      List<Report> reports) {
    if (f[0].equals("A") && f.length == 7) {
      articles.put(f[1], new Article(f[1], f[2], f[3], Integer.parseInt(f[4]), f[5], f[6]));
    } else if (f[0].equals("E") && f.length == 4) {
      events.put(f[1], new Event(f[1], f[2], f[3].equals("-") ? null : f[3]));
    } else if (f[0].equals("M") && f.length == 8 && events.containsKey(f[1])
        && articles.containsKey(f[2])) {
      reports.add(new Report(f[1], events.get(f[1]).type(), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5],
          Modality.valueOf(f[6]), f[7].isEmpty() ? articles.get(f[2]).origin() : f[7]));
    } else {
      throw new IllegalArgumentException("expected an A row of 7 fields, an E row of 4 or an M"
          + " row of 8 after its event and article");
    }
  }
}
