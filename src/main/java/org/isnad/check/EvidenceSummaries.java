package org.isnad.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.isnad.model.Conflict;
import org.isnad.model.Event;
import org.isnad.model.Report;
import org.isnad.model.Timex;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.Token;

/**
 * Lays out what a claim's judged articles say ({@link EvidenceSummary}):
 *
 * <ul>
 *   <li>each side (agree, disagree, discuss) as its independent origins, each origin once with
 *       its articles (copies and relays of one origin counted once: {@link Origins});
 *   <li>the earliest report: of the articles that agree, disagree or discuss, the one with the
 *       earliest publication day; articles without a known day are listed apart, never dated;
 *   <li>how it spread: each such article that copies another of the corpus, each that credits
 *       an agency in its source line, and each whose origin (the chain of its reports) is
 *       another outlet than its own, with the dates known;
 *   <li>conflicting details: the timeline's conflicts of the events those articles report in
 *       their rationale sentences (in any sentence when the judge gave none), and the days
 *       ({@link ClaimDays}) and numbers of the rationale sentences that differ from the claim's.
 * </ul>
 * Never a verdict. Stateless apart from its inputs.
 */
final class EvidenceSummaries {
  private final CheckCorpus corpus;
  private final ClaimWords words;

  EvidenceSummaries(CheckCorpus corpus, ClaimWords words) {
    this.corpus = corpus;
    this.words = words;
  }

  EvidenceSummary of(String claim, List<ArticleEvidence> judged) {
    List<ArticleEvidence> relevant = judged.stream()
        .filter(e -> !e.stance().equals(Stance.UNRELATED.code()))
        .sorted(Comparator.comparing(ArticleEvidence::article)).toList();
    List<ArticleEvidence> dated = relevant.stream().filter(e -> day(e.published()) != null)
        .sorted(Comparator.comparing((ArticleEvidence e) -> day(e.published()))
            .thenComparing(ArticleEvidence::article)).toList();
    List<String> undated = relevant.stream().filter(e -> day(e.published()) == null)
        .map(ArticleEvidence::article).toList();
    return new EvidenceSummary(side(judged, Stance.AGREE), side(judged, Stance.DISAGREE),
        side(judged, Stance.DISCUSS), earliest(dated), undated, spread(relevant),
        conflicts(claim, relevant), basis());
  }

  /** The origins of one side, most articles first, then by name. */
  private static List<OriginGroup> side(List<ArticleEvidence> judged, Stance stance) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Set<String>> articles = new TreeMap<>();
    judged.stream().filter(e -> e.stance().equals(stance.code()))
        .sorted(Comparator.comparing(ArticleEvidence::article)).forEach(e -> {
          String key = Origin.keyOf(e.origin());
          names.putIfAbsent(key, e.origin());
          articles.computeIfAbsent(key, k -> new TreeSet<>()).add(e.article());
        });
    List<OriginGroup> groups = new ArrayList<>();
    names.forEach((key, name) -> groups.add(new OriginGroup(name,
        new ArrayList<>(articles.get(key)))));
    groups.sort(Comparator.comparingInt((OriginGroup g) -> -g.articles().size())
        .thenComparing(OriginGroup::origin));
    return groups;
  }

  private static EarliestReport earliest(List<ArticleEvidence> dated) {
    if (dated.isEmpty()) {
      return null;
    }
    ArticleEvidence first = dated.get(0);
    List<String> sameDay = dated.stream().skip(1)
        .filter(e -> day(e.published()).equals(day(first.published())))
        .map(ArticleEvidence::article).toList();
    return new EarliestReport(first.article(), first.url(), first.outlet(), first.published(),
        first.stance(), sameDay);
  }

  /** Copies and credited agencies among the relevant articles, by date (unknown last). */
  private List<Relay> spread(List<ArticleEvidence> relevant) {
    List<Relay> relays = new ArrayList<>();
    for (ArticleEvidence e : relevant) {
      if (e.duplicateOf() != null) {
        String from = corpus.article(e.duplicateOf())
            .map(a -> a.article().published().value()).orElse(null);
        relays.add(new Relay("copy", e.duplicateOf(), from, e.article(), e.published()));
      }
      boolean credits = e.credit() != null && !e.credit().isBlank()
          && !e.credit().equals(e.outlet());
      if (credits) {
        relays.add(new Relay("credits", e.credit().strip(), null, e.article(), e.published()));
      }
      boolean cites = e.duplicateOf() == null && !e.origin().equals(e.outlet())
          && !e.origin().equals("article " + e.article())
          && !(credits && e.origin().equals(e.credit().strip()));
      if (cites) {
        relays.add(new Relay("cites", e.origin(), null, e.article(), e.published()));
      }
    }
    relays.sort(Comparator.comparing((Relay r) -> r.toPublished() == null ? "~"
        : r.toPublished()).thenComparing(Relay::to).thenComparing(Relay::how));
    return relays;
  }

  private List<DetailConflict> conflicts(String claim, List<ArticleEvidence> relevant) {
    List<DetailConflict> all = new ArrayList<>(eventConflicts(relevant));
    Map<String, List<Timex>> timexes = new LinkedHashMap<>();
    relevant.forEach(e -> timexes.computeIfAbsent(e.article(), id -> corpus.article(id)
        .map(org.isnad.model.AnnotatedArticle::timexes).orElse(List.of())));
    DetailConflict days = dayConflict(claim, relevant, timexes);
    if (days != null) {
      all.add(days);
    }
    DetailConflict numbers = numberConflict(claim, relevant, timexes);
    if (numbers != null) {
      all.add(numbers);
    }
    return all;
  }

  /** The timeline's conflicts of the events the relevant articles report in their rationale. */
  private List<DetailConflict> eventConflicts(List<ArticleEvidence> relevant) {
    Map<String, Event> events = new TreeMap<>();
    for (ArticleEvidence e : relevant) {
      for (Event event : corpus.eventsOf(e.article())) {
        if (!event.conflicts().isEmpty() && reportedIn(event, e)) {
          events.put(event.id(), event);
        }
      }
    }
    List<DetailConflict> out = new ArrayList<>();
    events.values().forEach(event -> event.conflicts().forEach(c -> out.add(
        new DetailConflict(c.field().name().toLowerCase(java.util.Locale.ROOT),
            "event " + event.id() + " of the timeline (" + event.summary() + ")"
                + (c.note() == null ? "" : ": " + c.note()),
            c.values().stream().map(EvidenceSummaries::value).toList()))));
    return out;
  }

  private static DetailConflict.Value value(Conflict.Value v) {
    return new DetailConflict.Value(v.value(), v.articles());
  }

  /** Whether a report of {@code event} in the article lies in one of its rationale sentences. */
  private static boolean reportedIn(Event event, ArticleEvidence e) {
    for (Report r : event.reports()) {
      if (r.articleId().equals(e.article()) && (e.rationale().isEmpty() || e.rationale()
          .stream().anyMatch(s -> r.start() < s.end() && s.start() < r.end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Days the rationale sentences give (time expressions of their article) that the claim does
   * not, when the claim gives one: compared by month and day when the claim or the sentence
   * has no year ("28 نوفمبر" = 2024-11-28), else by the whole date.
   */
  private static DetailConflict dayConflict(String claim, List<ArticleEvidence> relevant,
      Map<String, List<Timex>> timexes) {
    Set<String> claimed = new TreeSet<>(ClaimDays.of(claim));
    if (claimed.isEmpty()) {
      return null;
    }
    Map<String, Set<String>> other = new TreeMap<>();
    for (ArticleEvidence e : relevant) {
      for (Timex x : timexes.get(e.article())) {
        String day = ClaimDays.day(x);
        boolean inRationale = e.rationale().stream()
            .anyMatch(r -> x.start() < r.end() && r.start() < x.end());
        if (day != null && inRationale && !ClaimDays.sameDay(claimed, day)) {
          other.computeIfAbsent(day, k -> new TreeSet<>()).add(e.article());
        }
      }
    }
    return conflict("date", "days in the rationale sentences that the claim does not give, "
        + "against the claim's days (month and day compared when a year is unknown)", claimed,
        other);
  }

  /**
   * Numbers of the rationale sentences that the claim does not give, when it gives some; the
   * digits of a time expression (a day, a year) are left to {@link #dayConflict}.
   */
  private static DetailConflict numberConflict(String claim, List<ArticleEvidence> relevant,
      Map<String, List<Timex>> timexes) {
    Set<String> claimed = new TreeSet<>(numbers(claim, 0, ClaimDays.timexes(claim)));
    if (claimed.isEmpty()) {
      return null;
    }
    Map<String, Set<String>> other = new TreeMap<>();
    for (ArticleEvidence e : relevant) {
      for (Rationale r : e.rationale()) {
        for (String n : numbers(r.sentence(), r.start(), timexes.get(e.article()))) {
          if (!claimed.contains(n)) {
            other.computeIfAbsent(n, k -> new TreeSet<>()).add(e.article());
          }
        }
      }
    }
    return conflict("number", "numbers in the rationale sentences that the claim does not "
        + "give, against the claim's numbers (digits of dates left out)", claimed, other);
  }

  /**
   * The claim's values, then each other value with the articles that give it; {@code null} when
   * there is no other value.
   */
  private static DetailConflict conflict(String field, String basis,
      java.util.Collection<String> claimed, Map<String, Set<String>> other) {
    if (other.isEmpty()) {
      return null;
    }
    List<DetailConflict.Value> values = new ArrayList<>();
    claimed.forEach(v -> values.add(new DetailConflict.Value(v, List.of("claim"))));
    other.forEach((v, ids) -> values.add(new DetailConflict.Value(v, new ArrayList<>(ids))));
    return new DetailConflict(field, basis, values);
  }

  /**
   * The numbers of {@code text} (as the tokenizer normalises them) outside the time
   * expressions; {@code base} is the code point offset of {@code text} in what the time
   * expressions' offsets count.
   */
  static List<String> numbers(String text, int base, List<org.isnad.model.Timex> timexes) {
    List<String> all = new ArrayList<>();
    for (Token t : ArabicTokenizer.standard().tokenize(text)) {
      if (t.kind() != Token.Kind.NUMBER) {
        continue;
      }
      int at = base + text.codePointCount(0, t.start());
      if (timexes.stream().noneMatch(x -> x.start() <= at && at < x.end())) {
        all.add(t.normalized());
      }
    }
    return all;
  }

  /** The day a publication date starts with ({@code 2024-12-08}), or {@code null}. */
  static String day(String published) {
    return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? published.substring(0, 10) : null;
  }

  private Map<String, String> basis() {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("supporting", "independent origins of the articles that agree: each article counts "
        + "for the root of its chain (the original of a copy, else the source the timeline "
        + "counts its reports for, else the agency it credits, else its outlet or site); an "
        + "origin is counted once however many articles carry it");
    b.put("denying", "independent origins of the articles that disagree, each counted once "
        + "as for supporting");
    b.put("discussing", "independent origins of the articles that discuss the claim without "
        + "taking a side, each counted once as for supporting");
    b.put("earliest", "the relevant article (agree, disagree or discuss) with the earliest "
        + "known publication day; articles without one are in undated");
    b.put("spread", "relevant articles that copy another article of the corpus (copy), those "
        + "whose source line credits an agency (credits), and those whose origin is another "
        + "outlet than their own, as the chains of their reports name it (cites)");
    b.put("conflicts", "the timeline's conflicts of events reported in the relevant articles' "
        + "rationale sentences, and the days and numbers of those sentences that the claim does "
        + "not give");
    b.put("claimWords", String.join(" ", words.stems()));
    return b;
  }
}
