package org.isnad.export;

import static org.isnad.export.HtmlReport.escape;
import static org.isnad.export.ReportLabels.label;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.isnad.model.Analysis;
import org.isnad.model.Conflict;
import org.isnad.model.ConflictField;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Modality;
import org.isnad.model.Report;
import org.isnad.model.Story;
import org.isnad.timeline.BasisPhrases;

/**
 * The report's timeline: events by day (undated ones apart, and apart again what the sources say
 * did not happen), each with its summary, a badge of reports and independent sources, a conflict
 * marker with the competing values, and the sentences with their chains; then the stories and the
 * actors. Stateless.
 */
final class TimelineHtml {
  private static final Map<EventStatus, String> STATUS = Map.of(
      EventStatus.CORROBORATED, label("corroborated"),
      EventStatus.SINGLE_SOURCE, label("single-source"),
      EventStatus.CONTESTED, label("contested"),
      EventStatus.UNDATED, label("undated"));

  private TimelineHtml() {}

  static void write(Analysis analysis, Writer out) throws IOException {
    List<Event> events = analysis.timeline().events();
    if (events.isEmpty()) {
      return;
    }
    Map<String, Entity> entities = new HashMap<>();
    analysis.entities().forEach(e -> entities.put(e.id(), e));
    Map<String, String> titles = new HashMap<>();
    analysis.articles().forEach(a -> titles.put(a.id(), a.title() == null ? a.id() : a.title()));
    out.write("<section class=\"timeline\" id=\"timeline\"><h2>" + label("timeline") + "</h2>\n");
    Map<String, List<Event>> byDay = new TreeMap<>();
    for (Event e : events) {
      if (e.modality() == Modality.ASSERTED && e.earliest() != null) {
        byDay.computeIfAbsent(e.when() != null ? e.when() : e.earliest(),
            k -> new java.util.ArrayList<>()).add(e);
      }
    }
    for (Map.Entry<String, List<Event>> day : byDay.entrySet()) {
      out.write("<h3 class=\"day\" title=\"" + escape(day.getKey()) + "\">"
          + escape(DayHeading.text(day.getKey())) + "</h3>\n");
      for (Event e : day.getValue()) {
        writeEvent(e, entities, titles, out);
      }
    }
    writeGroup(label("undated-events"),
        events.stream().filter(e -> e.modality() == Modality.ASSERTED
            && e.earliest() == null).toList(), entities, titles, out);
    writeGroup(label("did-not-happen"), events.stream()
        .filter(e -> e.modality() != Modality.ASSERTED).toList(), entities, titles, out);
    out.write("</section>\n");
    writeStories(analysis.timeline().stories(), titles, out);
    writeActors(analysis.entities(), out);
  }

  private static void writeGroup(String title, List<Event> events, Map<String, Entity> entities,
      Map<String, String> titles, Writer out) throws IOException {
    if (events.isEmpty()) {
      return;
    }
    out.write("<details class=\"group\"><summary>" + escape(title) + " (" + events.size()
        + ")</summary>\n");
    for (Event e : events) {
      writeEvent(e, entities, titles, out);
    }
    out.write("</details>\n");
  }

  private static void writeEvent(Event e, Map<String, Entity> entities, Map<String, String> titles,
      Writer out) throws IOException {
    String status = e.status().name().toLowerCase(java.util.Locale.ROOT);
    out.write("<div class=\"event " + status + "\" id=\"" + escape(e.id()) + "\">");
    String origins = String.join("، ", e.reports().stream().map(Report::source).distinct()
        .toList());
    out.write("<p><strong>" + escape(e.summary()) + "</strong> <span class=\"badge\" title=\""
        + escape(label("independent-sources") + ": " + origins) + "\">"
        + counted(e.reports().size(), label("reports-one"), label("reports-two"),
            label("reports-few"), label("reports-many")) + " / "
        + counted(e.independent(), label("independent-one"), label("independent-two"),
            label("independent-few"), label("independent-many")) + "</span> "
        + "<span class=\"status\">" + STATUS.get(e.status()) + "</span></p>\n");
    for (Conflict c : e.conflicts()) {
      out.write("<p class=\"conflict\">⚠ " + escape(conflictLabel(c.field())) + ": ");
      for (Conflict.Value v : c.values()) {
        out.write("<span dir=\"ltr\">" + escape(v.value()) + "</span> ("
            + (v.sources().isEmpty() ? "" : label("sources") + ": "
                + escape(String.join("، ", v.sources())) + " · ")
            + escape(String.join("، ", v.articles().stream().map(a -> titles.getOrDefault(a, a))
                .toList())) + ") ");
      }
      out.write("</p>\n");
    }
    out.write("<details><summary>" + label("sentences-and-chains") + "</summary><ul>");
    for (Report r : e.reports()) {
      out.write("<li>" + escape(r.sentence()) + "<br><span class=\"source\">"
          + escape(titles.getOrDefault(r.articleId(), r.articleId()))
          + (r.when() == null ? "" : " · <span dir=\"ltr\">" + escape(r.when()) + "</span>")
          + " · " + label("isnad") + ": " + escape(String.join(" ← ", r.chain()))
          + " · " + label("counted-for") + ": " + escape(sourceLabel(r.source(), titles))
          + "</span></li>");
    }
    out.write("</ul></details>");
    if (!e.basis().isEmpty()) {
      out.write("<details><summary>" + label("why-one-event") + "</summary><ul>");
      for (String why : e.basis()) {
        out.write("<li>" + escape(arabicBasis(why, entities, titles)) + "</li>");
      }
      out.write("</ul></details>");
    }
    out.write("</div>\n");
  }

  /**
   * A line of an event's basis as an Arabic reader sees it: phrases read, entities named,
   * articles by their titles.
   */
  static String arabicBasis(String why, Map<String, Entity> entities,
      Map<String, String> titles) {
    String s = BasisPhrases.arabic(why);
    s = BasisPhrases.ENTITY_ID.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        entities.containsKey(m.group()) ? entities.get(m.group()).name() : m.group()));
    return BasisPhrases.ARTICLE_ID.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        titles.containsKey(m.group()) ? "«" + titles.get(m.group()) + "»" : m.group()));
  }

  /** A source as shown: a page of unknown outlet ("article d…") by its title. */
  static String sourceLabel(String source, Map<String, String> titles) {
    String id = source.startsWith("article ") ? source.substring(8) : null;
    return id != null && titles.containsKey(id)
        ? label("unknown-outlet-page") + " «" + titles.get(id) + "»" : source;
  }

  /**
   * A count with its noun as Arabic agrees them: one, two (dual), three to ten (plural), eleven
   * and more (singular accusative).
   */
  static String counted(int n, String one, String two, String few, String many) {
    return n == 1 ? one : n == 2 ? two : n >= 3 && n <= 10 ? n + " " + few : n + " " + many;
  }

  private static String conflictLabel(ConflictField field) {
    return switch (field) {
      case DATE -> label("conflict-dates");
      case COUNT -> label("conflict-counts");
      case DEAD -> label("conflict-killed");
      case INJURED -> label("conflict-injured");
      case WEEKDAY -> label("conflict-weekday");
    };
  }

  private static void writeStories(List<Story> stories, Map<String, String> titles, Writer out)
      throws IOException {
    out.write("<section class=\"stories\"><h2>" + label("stories") + "</h2><ol>");
    for (Story s : stories) {
      String title = s.title().equals(s.id()) ? "(" + label("untitled-story") + ")" : s.title();
      out.write("<li>" + escape(title) + " <span class=\"meta\">(" + s.articles().size()
          + " " + label("article") + " · " + s.events().size() + " " + label("event")
          + ")</span></li>");
    }
    out.write("</ol></section>\n");
  }

  private static void writeActors(List<Entity> entities, Writer out) throws IOException {
    out.write("<section class=\"actors\"><h2>" + label("actors") + "</h2><ul>");
    entities.stream().filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORG)
        .sorted(Comparator.comparingInt(Entity::mentionCount).reversed()
            .thenComparing(Entity::id))
        .limit(60).forEach(e -> {
          try {
            out.write("<li>" + escape(e.name()) + " <span class=\"meta\">" + e.mentionCount()
                + (e.aliases().isEmpty() ? "" : " · " + escape(String.join("، ", e.aliases())))
                + "</span></li>");
          } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        });
    out.write("</ul></section>\n");
  }
}
