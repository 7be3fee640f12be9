package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.Article;
import org.isnad.model.Conflict;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.EventStatus;
import org.isnad.model.Modality;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.model.Story;
import org.isnad.model.Timeline;
import org.isnad.text.RuleFile;

/**
 * Builds the sourced timeline of a run: finds copies, groups articles into stories, merges event
 * reports into events, counts each event's independent sources, lists its conflicts and gives
 * undated articles the window their events imply. The result does not depend on the order of
 * the inputs: everything is sorted by stable ids first. Stateless and thread safe.
 */
public final class TimelineBuilder {
  private static final Map<String, String> LABELS = labels();

  /** Everything the timeline needs from the annotate and link stages. */
  public record Input(List<Article> articles, List<EventMention> mentions,
      List<Quote> quotes, List<EntityMention> entityMentions, List<Entity> entities) {}

  public Timeline build(Input input) {
    List<Article> articles = new ArrayList<>(input.articles());
    articles.sort(Comparator.comparing(TimelineBuilder::dateKey).thenComparing(Article::id));
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, String> copies = new NearDuplicateFinder().copies(articles.stream()
        .map(a -> new NearDuplicateFinder.Text(a.id(), a.text())).toList());
    Map<String, Integer> storyNumbers = new StoryGrouper().group(articles,
        names(input.entityMentions()), copies);
    List<EventMention> mentions = new ArrayList<>(input.mentions());
    mentions.sort(Comparator.comparing((EventMention m) -> copies.containsKey(m.articleId()))
        .thenComparing(EventMention::articleId).thenComparingInt(EventMention::triggerStart));
    Map<String, List<Quote>> quotes = new HashMap<>();
    input.quotes().forEach(q -> quotes.computeIfAbsent(q.articleId(), k -> new ArrayList<>())
        .add(q));
    Map<String, Integer> rank = new HashMap<>();
    articles.forEach(a -> rank.put(a.id(), rank.size()));
    SourceResolver resolver = new SourceResolver(byId, quotes, copies);
    EventSources sources = new EventSources(resolver, rank);
    Map<String, Entity> entities = new HashMap<>();
    input.entities().forEach(e -> entities.put(e.id(), e));
    List<Event> events = events(new EventMerger().merge(mentions, storyNumbers, copies), sources,
        resolver, entities, storyNumbers);
    Map<String, String> storyOf = new TreeMap<>();
    storyNumbers.forEach((article, n) -> storyOf.put(article, "story-" + (n + 1)));
    List<Story> stories = stories(articles, storyOf, events);
    return new Timeline(mentions, events, stories, copies, storyOf,
        CorpusDating.published(articles, events));
  }

  private static String dateKey(Article a) {
    String v = a.published().value();
    return v == null ? "~" : v;
  }

  private static Map<String, Set<String>> names(List<EntityMention> mentions) {
    Map<String, Set<String>> names = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.entityId() != null && switch (m.type()) {
        case PERSON, ORG, PLACE -> true;
        default -> false;
      }) {
        names.computeIfAbsent(m.articleId(), k -> new LinkedHashSet<>()).add(m.entityId());
      }
    }
    return names;
  }

  private List<Event> events(List<List<EventMention>> clusters, EventSources sources,
      SourceResolver resolver, Map<String, Entity> entities, Map<String, Integer> storyNumbers) {
    List<Event> events = new ArrayList<>();
    ConflictFinder conflicts = new ConflictFinder();
    for (List<EventMention> cluster : clusters) {
      events.add(event(cluster, sources.sources(cluster), resolver, entities,
          conflicts.conflicts(cluster), storyNumbers));
    }
    events.sort(Comparator.comparing((Event e) -> e.earliest() == null ? "~" : e.earliest())
        .thenComparing(e -> e.reports().get(0).articleId())
        .thenComparingInt(e -> e.reports().get(0).start())
        .thenComparing(Event::type));
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      numbered.add(new Event("event-" + (i + 1), e.type(), e.summary(), e.modality(), e.when(),
          e.earliest(), e.latest(), e.actors(), e.places(), e.reports(), e.independent(),
          e.status(), e.conflicts(), e.story()));
    }
    return numbered;
  }

  private static Event event(List<EventMention> cluster, List<String> sources,
      SourceResolver resolver, Map<String, Entity> entities, List<Conflict> conflicts,
      Map<String, Integer> storyNumbers) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < cluster.size(); i++) {
      EventMention m = cluster.get(i);
      reports.add(new Report(m.id(), m.articleId(), m.start(), m.end(), m.sentence(), m.when(),
          resolver.chain(m), sources.get(i)));
    }
    Set<String> independent = new LinkedHashSet<>(sources);
    List<String> days = cluster.stream().map(EventMention::when)
        .filter(java.util.Objects::nonNull).sorted().distinct().toList();
    String earliest = days.isEmpty() ? null : days.get(0);
    String latest = days.isEmpty() ? null : days.get(days.size() - 1);
    boolean agreed = !days.isEmpty() && !ConflictFinder.disagree(Set.copyOf(days));
    String when = agreed ? days.stream().max(Comparator.comparingInt(String::length)).get() : null;
    List<String> actors = ranked(cluster, true);
    List<String> places = ranked(cluster, false);
    EventStatus status = days.isEmpty() ? EventStatus.UNDATED
        : !conflicts.isEmpty() ? EventStatus.CONTESTED
        : independent.size() >= 2 ? EventStatus.CORROBORATED : EventStatus.SINGLE_SOURCE;
    Modality modality = cluster.get(0).modality();
    Integer story = storyNumbers.get(cluster.get(0).articleId());
    return new Event("", cluster.get(0).type(), summary(cluster.get(0), actors, places, entities),
        modality, when, earliest, latest, actors, places, reports, independent.size(), status,
        conflicts, story == null ? null : "story-" + (story + 1));
  }

  private static List<String> ranked(List<EventMention> cluster, boolean actors) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EventMention m : cluster) {
      for (String id : actors ? m.actors() : m.places()) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(id -> id));
    return ids;
  }

  private static String summary(EventMention first, List<String> actors, List<String> places,
      Map<String, Entity> entities) {
    StringBuilder s = new StringBuilder(LABELS.getOrDefault(first.type(), first.type()));
    if (first.modality() == Modality.NEGATED) {
      s.insert(0, "لم يحدث: ");
    } else if (first.modality() == Modality.UNREALISED) {
      s.insert(0, "لم يتحقق: ");
    }
    List<String> who = actors.stream().limit(3).map(id -> name(id, entities)).toList();
    if (!who.isEmpty()) {
      s.append(": ").append(String.join("، ", who));
    }
    List<String> where = places.stream().limit(2).map(id -> name(id, entities)).toList();
    if (!where.isEmpty()) {
      s.append(" — ").append(String.join("، ", where));
    }
    return s.toString();
  }

  private static String name(String id, Map<String, Entity> entities) {
    Entity e = entities.get(id);
    return e == null ? id : e.name();
  }

  private static List<Story> stories(List<Article> articles, Map<String, String> storyOf,
      List<Event> events) {
    Map<String, List<String>> members = new TreeMap<>(Comparator.comparingInt(
        (String id) -> id.length()).thenComparing(id -> id));
    Map<String, String> titles = new HashMap<>();
    for (Article a : articles) {
      String story = storyOf.get(a.id());
      members.computeIfAbsent(story, k -> new ArrayList<>()).add(a.id());
      if (!titles.containsKey(story) && a.title() != null && !a.title().isBlank()) {
        titles.put(story, a.title());
      }
    }
    Map<String, List<String>> eventsOf = new HashMap<>();
    events.forEach(e -> eventsOf.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e.id()));
    List<Story> stories = new ArrayList<>();
    members.forEach((id, list) -> stories.add(new Story(id, titles.getOrDefault(id, id),
        list.stream().sorted().toList(), eventsOf.getOrDefault(id, List.of()))));
    return stories;
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new HashMap<>();
    for (String line : RuleFile.read(TimelineBuilder.class, "event-types.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2) {
        labels.put(f[0].strip(), f[1].strip());
      }
    }
    return labels;
  }
}
