package org.isnad.annotate.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.model.Timex;
import org.isnad.text.CodePoints;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;

/**
 * Finds event reports: one per trigger word (at most one per type and sentence), typed from
 * {@code event-triggers.txt}, with the sentence's actors and places, its date, the number of
 * dead or wounded, and whether the sentence says it happened ({@code event-modality.txt}).
 *
 * <p>The date is the time expression of the sentence nearest the trigger; without one, the last
 * dated expression of the same paragraph (narration carries its date forward); otherwise none.
 * Stateless and thread safe.
 */
public final class EventAnnotator {
  private static final EventAnnotator STANDARD = new EventAnnotator(EventLexicon.bundled());
  private final TriggerReader triggers;

  private EventAnnotator(EventLexicon lexicon) {
    this.triggers = new TriggerReader(lexicon);
  }

  /** The annotator with the bundled rule files. */
  public static EventAnnotator standard() {
    return STANDARD;
  }

  /**
   * The event reports of {@code article}, in text order.
   *
   * @param timexes the article's time expressions
   * @param mentions the article's entity mentions, linked to entities
   */
  public List<EventMention> annotate(Article article, List<Timex> timexes,
      List<EntityMention> mentions) {
    return annotate(article, timexes, mentions, List.of());
  }

  /**
   * The event reports of {@code article}, in text order. A time expression outside the content
   * of the statement that holds the trigger dates the saying, not the event: in "أعلنت الوزارة
   * اليوم الجمعة أن قيادياً قتل في غارة" the Friday is the announcement's, so the killing is
   * dated by another expression or not at all.
   *
   * @param quotes the article's statements
   */
  public List<EventMention> annotate(Article article, List<Timex> timexes,
      List<EntityMention> mentions, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    CodePoints points = CodePoints.of(text);
    List<EventMention> found = new ArrayList<>();
    Timex narrative = null;
    int paragraph = -1;
    for (Sentence sentence : SentenceSplitter.standard().split(text)) {
      int start = points.toCodePoint(sentence.start());
      int end = points.toCodePoint(sentence.end());
      int para = text.lastIndexOf("\n\n", sentence.start());
      if (para != paragraph) {
        paragraph = para;
        narrative = null;
      }
      Set<String> types = new HashSet<>();
      for (TriggerReader.Trigger t : triggers.read(sentence.in(text))) {
        if (!types.add(t.type())) {
          continue;
        }
        int ts = points.toCodePoint(sentence.start() + t.token().start());
        int te = points.toCodePoint(sentence.start() + t.token().end());
        Timex own = nearest(ofEvent(timexes, quotes, ts), start, end, ts);
        Timex used = own != null ? own : narrative;
        found.add(new EventMention(article.id() + "-e" + (found.size() + 1), article.id(),
            t.type(), t.token().text(), ts, te, start, end, sentence.in(text), t.modality(),
            used == null ? null : day(used.value()), used == null ? null : used.id(),
            used == null ? null : own != null ? "sentence" : "context",
            arguments(mentions, start, end, false), arguments(mentions, start, end, true),
            t.count(), used == null ? null : used.problem()));
      }
      Timex last = lastDated(timexes, start, end);
      narrative = last != null ? last : narrative;
    }
    return found;
  }

  /** The time expressions that can date a trigger: not those of the saying around it. */
  private static List<Timex> ofEvent(List<Timex> timexes, List<Quote> quotes, int trigger) {
    for (Quote q : quotes) {
      if (q.start() <= trigger && trigger < q.end()) {
        return timexes.stream().filter(t -> q.start() <= t.start() && t.start() < q.end())
            .toList();
      }
    }
    return timexes;
  }

  /** The dated expression of the sentence closest to the trigger. */
  private static Timex nearest(List<Timex> timexes, int start, int end, int trigger) {
    Timex best = null;
    for (Timex t : timexes) {
      if (t.start() >= start && t.end() <= end && day(t.value()) != null
          && (best == null || Math.abs(t.start() - trigger) < Math.abs(best.start() - trigger))) {
        best = t;
      }
    }
    return best;
  }

  private static Timex lastDated(List<Timex> timexes, int start, int end) {
    Timex last = null;
    for (Timex t : timexes) {
      if (t.start() >= start && t.end() <= end && day(t.value()) != null) {
        last = t;
      }
    }
    return last;
  }

  /**
   * The calendar part of a TIMEX3 value ({@code 2024-12-08}, {@code 2024-12}), or null. A year
   * alone does not date an event: in "منهيا حكم عائلته الذي يعود إلى عام 1971" the year belongs to
   * another clause far more often than to the event.
   */
  static String day(String value) {
    if (value == null || !value.matches("\\d{4}-\\d{2}(-\\d{2})?(T.*)?")) {
      return null;
    }
    int t = value.indexOf('T');
    return t < 0 ? value : value.substring(0, t);
  }

  private static List<String> arguments(List<EntityMention> mentions, int start, int end,
      boolean places) {
    List<String> ids = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.start() >= start && m.end() <= end && m.entityId() != null
          && !ids.contains(m.entityId()) && isArgument(m, places)) {
        ids.add(m.entityId());
      }
    }
    return ids;
  }

  private static boolean isArgument(EntityMention m, boolean places) {
    return switch (m.type()) {
      case PLACE -> places;
      case PERSON, ORG -> !places;
      default -> false;
    };
  }
}
