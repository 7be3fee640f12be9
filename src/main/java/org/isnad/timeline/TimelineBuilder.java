package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.ArgumentRole;
import org.isnad.model.Article;
import org.isnad.model.Conflict;
import org.isnad.model.ConflictField;
import org.isnad.model.ContentId;
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

/**
 * Builds the sourced timeline of a run: finds copies, groups articles into stories, merges event
 * reports into events, counts each event's independent sources, lists its conflicts and gives
 * undated articles the window their events imply. The result does not depend on the order of
 * the inputs: everything is sorted by stable ids first. Work that is each article's, block's or
 * event's own (copies' shingles, lead words, the merging of each block of reports, each event's
 * sources) runs on the common fork-join pool and is gathered in a fixed order, so the result
 * never depends on thread timing. No step compares all pairs of articles, reports or events:
 * candidates come from indexes whose postings are capped (see {@link StoryGrouper},
 * {@link EventMerger}, {@link NearDuplicateFinder}), and the pairs inside one event are capped
 * ({@link EventSources}). Stateless and thread safe.
 */
public final class TimelineBuilder {
  private static final EventSummary SUMMARY = new EventSummary();
  private final java.util.function.Function<String, NearDuplicateFinder.Signature> signatures;
  private final TimelineRecall recall;
  private final NearDuplicateFinder.Verdicts verdicts;

  /** A builder that reads every article's near-duplicate signature itself. */
  public TimelineBuilder() {
    this(text -> null);
  }

  /**
   * A builder given the near-duplicate signatures read already: {@code signatures} gives an
   * article text's signature, or {@code null} when it was not read (then it is read here). The
   * timeline is the same either way.
   */
  public TimelineBuilder(
      java.util.function.Function<String, NearDuplicateFinder.Signature> signatures) {
    this(signatures, TimelineRecall.none());
  }

  /**
   * As {@link #TimelineBuilder(java.util.function.Function)}, recalling from {@code recall} the
   * per-article, per-sentence and per-name work a former linking did (see
   * {@link TimelineRecall}; the caller turns it at the start of each linking). The timeline is
   * the same either way.
   */
  public TimelineBuilder(
      java.util.function.Function<String, NearDuplicateFinder.Signature> signatures,
      TimelineRecall recall) {
    this(signatures, recall, NearDuplicateFinder.Verdicts.NONE);
  }

  /**
   * As {@link #TimelineBuilder(java.util.function.Function, TimelineRecall)}, taking the copies'
   * candidate pairs checked elsewhere from {@code verdicts} (by article ids; see
   * {@link NearDuplicateFinder.Verdicts}). The timeline is the same either way when the verdicts
   * are the check's.
   */
  public TimelineBuilder(
      java.util.function.Function<String, NearDuplicateFinder.Signature> signatures,
      TimelineRecall recall, NearDuplicateFinder.Verdicts verdicts) {
    this.signatures = java.util.Objects.requireNonNull(signatures, "signatures");
    this.recall = java.util.Objects.requireNonNull(recall, "recall");
    this.verdicts = java.util.Objects.requireNonNull(verdicts, "verdicts");
  }

  /** Everything the timeline needs from the annotate and link stages. */
  public record Input(List<Article> articles, List<EventMention> mentions,
      List<Quote> quotes, List<EntityMention> entityMentions, List<Entity> entities) {}

  public Timeline build(Input input) {
    return build(stories(input.articles(), input.entityMentions(), input.entities()), input);
  }

  /**
   * What the timeline reads of a run before its events: the copies, each article's specific
   * names and the stories. A function of the articles, their entity mentions and the entities
   * alone (the events are not read), so it can be read while the events are being annotated.
   */
  public Stories stories(List<Article> articles, List<EntityMention> entityMentions,
      List<Entity> entityList) {
    return stories(articles, entityMentions, entityList, null);
  }

  /**
   * As {@link #stories(List, List, List)}, with each article's story number computed elsewhere
   * (article id → number, 0-based, numbered in the run's order of the stories' first articles;
   * a Spark job groups the stories as its own stages): the timeline is the same when the numbers
   * are the grouper's.
   *
   * @throws IllegalArgumentException when an article has no number in {@code storyNumbers}
   */
  public Stories stories(List<Article> articles, List<EntityMention> entityMentions,
      List<Entity> entityList, Map<String, Integer> storyNumbers) {
    if (storyNumbers != null) {
      articles.stream().filter(a -> !storyNumbers.containsKey(a.id())).findFirst()
          .ifPresent(a -> {
            throw new IllegalArgumentException("no story number for article " + a.id());
          });
    }
    List<Article> sorted = new RankedOrder<>(articles).thenBy(TimelineBuilder::dateKey)
        .thenBy(Article::id).sorted();
    Map<String, String> copies = new NearDuplicateFinder(recall.copyChecks, verdicts).copies(sorted.stream()
        .map(a -> new NearDuplicateFinder.Text(a.id(), a.text())).toList(), signatures);
    Map<String, Entity> entities = new HashMap<>();
    entityList.forEach(e -> entities.put(e.id(), e));
    BroadNames broad = new BroadNames(entities, recall);
    Map<String, Set<String>> names = names(entityMentions, broad);
    Map<String, Integer> numbers = storyNumbers != null ? Map.copyOf(storyNumbers)
        : new StoryGrouper(recall).group(sorted, names, entities, copies);
    return new Stories(sorted, copies, entities, broad, names, numbers);
  }

  /**
   * What {@link #stories} read: the articles by date and id, the copies, the entities by id, the
   * broad names, each article's specific names and each article's story number. Opaque outside
   * the timeline stage; immutable once read.
   */
  public static final class Stories {
    private final List<Article> articles;
    private final Map<String, String> copies;
    private final Map<String, Entity> entities;
    private final BroadNames broad;
    private final Map<String, Set<String>> names;
    private final Map<String, Integer> storyNumbers;

    private Stories(List<Article> articles, Map<String, String> copies,
        Map<String, Entity> entities, BroadNames broad, Map<String, Set<String>> names,
        Map<String, Integer> storyNumbers) {
      this.articles = articles;
      this.copies = copies;
      this.entities = entities;
      this.broad = broad;
      this.names = names;
      this.storyNumbers = storyNumbers;
    }

    /** Each article's story number (article id → number), unmodifiable. */
    public Map<String, Integer> storyNumbers() {
      return java.util.Collections.unmodifiableMap(storyNumbers);
    }

    /** The copies: a copy's article id → its original's, unmodifiable. */
    public Map<String, String> copies() {
      return java.util.Collections.unmodifiableMap(copies);
    }

    /**
     * Each article's rank in the run's order (by {@link #dateKey}, then id), the order the
     * sources read an event's articles in.
     */
    public Map<String, Integer> ranks() {
      return TimelineBuilder.ranks(articles);
    }
  }

  /** Each article's position in {@code sorted}, by id. */
  private static Map<String, Integer> ranks(List<Article> sorted) {
    Map<String, Integer> rank = new HashMap<>();
    sorted.forEach(a -> rank.put(a.id(), rank.size()));
    return rank;
  }

  /**
   * The timeline of {@code input}, its stories read already by {@link #stories} from the same
   * articles, entity mentions and entities: the same timeline as {@link #build(Input)}.
   */
  public Timeline build(Stories read, Input input) {
    List<Article> articles = read.articles;
    Map<String, Article> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, String> copies = read.copies;
    Map<String, Entity> entities = read.entities;
    BroadNames broad = read.broad;
    Map<String, Set<String>> names = read.names;
    Map<String, Integer> storyNumbers = read.storyNumbers;
    Map<Integer, String> storyIds = storyIds(storyNumbers);
    List<EventMention> mentions = reportOrder(input.mentions(), copies);
    Map<String, List<Quote>> quotes = new HashMap<>();
    input.quotes().forEach(q -> quotes.computeIfAbsent(q.articleId(), k -> new ArrayList<>())
        .add(q));
    Map<String, Integer> rank = ranks(articles);
    SourceResolver resolver = new SourceResolver(byId, quotes, copies,
        outlets(input.entityMentions()), recall);
    EventSources sources = new EventSources(resolver, rank, recall);
    Protagonists protagonists = new Protagonists(storyNumbers, names, broad,
        places(input.entityMentions()));
    EventMerger.Context context = new EventMerger.Context(storyNumbers, copies,
        publishedDays(articles), protagonists::nonSpecific, broad::country,
        nameWordsOf(entities, recall));
    List<Event> events = events(new EventMerger(recall).merge(mentions, context), sources,
        resolver, entities, storyNumbers, storyIds);
    // the timeline keeps its own copy: the order of this map is not read
    Map<String, String> storyOf = new HashMap<>(2 * storyNumbers.size());
    storyNumbers.forEach((article, n) -> storyOf.put(article, storyIds.get(n)));
    List<Story> stories = stories(articles, storyOf, storyIds, events);
    return new Timeline(mentions, events, stories, copies, storyOf,
        CorpusDating.published(articles, events));
  }

  /**
   * The reports in the order the merger reads them: those of originals before those of copies,
   * each by article id and trigger offset (a stable sort; whether an article is a copy is looked
   * up once per report, not per comparison).
   */
  static List<EventMention> reportOrder(List<EventMention> reports,
      Map<String, String> copies) {
    List<EventMention> originals = new ArrayList<>();
    List<EventMention> copied = new ArrayList<>();
    for (EventMention m : reports) {
      (copies.containsKey(m.articleId()) ? copied : originals).add(m);
    }
    List<EventMention> ordered = byArticleAndTrigger(originals);
    ordered.addAll(byArticleAndTrigger(copied));
    return ordered;
  }

  /** Reports by article id and trigger offset, a stable sort. */
  private static List<EventMention> byArticleAndTrigger(List<EventMention> reports) {
    return new RankedOrder<>(reports).thenBy(EventMention::articleId)
        .thenByInt(EventMention::triggerStart).sorted();
  }

  /** Entity id → the words of its name, each entity read once (the merger asks per join). */
  static java.util.function.Function<String, Set<String>> nameWordsOf(
      Map<String, Entity> entities, TimelineRecall recall) {
    Map<String, Set<String>> read = new java.util.concurrent.ConcurrentHashMap<>();
    return id -> read.computeIfAbsent(id, k -> nameWords(entities.get(k), recall));
  }

  /** The words of an entity's name and aliases, read as clause words are ({@link ClauseWords}). */
  private static Set<String> nameWords(Entity e, TimelineRecall recall) {
    Set<String> words = new java.util.HashSet<>();
    if (e != null) {
      java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
          .forEach(n -> words.addAll(recall.clauseStems.get(n, ClauseWords::stems)));
    }
    return words;
  }

  static Set<String> places(List<EntityMention> mentions) {
    Set<String> places = new java.util.HashSet<>();
    mentions.stream().filter(m -> m.type() == org.isnad.model.EntityType.PLACE
        && m.entityId() != null).forEach(m -> places.add(m.entityId()));
    return places;
  }

  static Map<String, List<EntityMention>> outlets(List<EntityMention> mentions) {
    Map<String, List<EntityMention>> outlets = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.type() == org.isnad.model.EntityType.OUTLET) {
        outlets.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
      }
    }
    outlets.values().forEach(l -> l.sort(Comparator.comparingInt(EntityMention::start)));
    return outlets;
  }

  /** Each article's publication day, when its page or text gives one to the day. */
  private static Map<String, String> publishedDays(List<Article> articles) {
    Map<String, String> days = new HashMap<>();
    articles.forEach(a -> a.published().day().ifPresent(d -> days.put(a.id(), d.toString())));
    return days;
  }

  /**
   * The key the articles are first ordered by (then by id) for the copies and the stories: the
   * publication date as written, {@code "~"} (after every date) when there is none. The run's
   * order that decides which of two copies is the original.
   */
  public static String dateKey(Article a) {
    String v = a.published().value();
    return v == null ? "~" : v;
  }

  /** Each article's specific names: people, organisations and places that are not broad. */
  static Map<String, Set<String>> names(List<EntityMention> mentions, BroadNames broad) {
    Map<String, Set<String>> names = new HashMap<>();
    for (EntityMention m : mentions) {
      if (specific(m, broad::contains)) {
        names.computeIfAbsent(m.articleId(), k -> new LinkedHashSet<>()).add(m.entityId());
      }
    }
    return names;
  }

  /**
   * Whether a linked mention names one of its article's specific names: a person, organisation
   * or place whose entity {@code broad} does not call broad.
   */
  static boolean specific(EntityMention m, java.util.function.Predicate<String> broad) {
    return m.entityId() != null && !broad.test(m.entityId()) && switch (m.type()) {
      case PERSON, ORG, PLACE -> true;
      default -> false;
    };
  }

  /**
   * Each story's id, from its smallest article id: the same in every run and input order, and
   * changed by an added article only when it joins the story with a smaller id, or joins two
   * stories (the story keeps the id of the one with the smallest article).
   */
  public static Map<Integer, String> storyIds(Map<String, Integer> storyNumbers) {
    Map<Integer, String> smallest = new HashMap<>();
    storyNumbers.forEach((article, n) -> smallest.merge(n, article,
        (a, b) -> a.compareTo(b) <= 0 ? a : b));
    Map<Integer, String> ids = new HashMap<>();
    smallest.forEach((n, article) -> ids.put(n, ContentId.of("s", article)));
    return ids;
  }

  private List<Event> events(List<MergedReports> clusters, EventSources sources,
      SourceResolver resolver, Map<String, Entity> entities, Map<String, Integer> storyNumbers,
      Map<Integer, String> storyIds) {
    ConflictFinder conflicts = new ConflictFinder();
    // each event is read from its own reports: in parallel, then sorted
    List<Event> events = clusters.parallelStream().map(cluster -> event(cluster, sources,
        resolver, conflicts, entities, storyNumbers, storyIds)).toList();
    // by earliest day (undated last), then by the first report's article, offset, and type
    return new RankedOrder<>(events).thenBy(TimelineBuilder::dayKey)
        .thenBy(e -> e.reports().get(0).articleId()).thenByInt(e -> e.reports().get(0).start())
        .thenBy(Event::type).sorted();
  }

  /**
   * The first key events are ordered by: the earliest day, {@code "~"} (after every day) when
   * undated; then the first report's article, its offset and the type, a stable sort.
   */
  static String dayKey(Event e) {
    return e.earliest() == null ? "~" : e.earliest();
  }

  /**
   * The event of one cluster: its reports' sources counted, its conflicts found and its record
   * made. Reads of the maps only the cluster's articles (and their originals) and the story of
   * its first report's article.
   */
  static Event event(MergedReports cluster, EventSources sources, SourceResolver resolver,
      ConflictFinder conflicts, Map<String, Entity> entities, Map<String, Integer> storyNumbers,
      Map<Integer, String> storyIds) {
    EventSources.Counted counted = sources.sources(cluster.mentions());
    return event(cluster, counted, resolver, entities,
        conflicts.conflicts(cluster.mentions(), counted.groups()), storyNumbers, storyIds);
  }

  /**
   * An event's id, from its type and its defining report: the report that comes first by
   * article id and trigger offset. It is the same in every run and input order; an added article
   * changes it only when one of its reports joins the event and comes first, or when it joins
   * two events (see the reports: their ids, article id and ordinal, never change).
   */
  private static String eventId(String type, List<EventMention> reports) {
    EventMention defining = reports.stream().min(Comparator.comparing(EventMention::articleId)
        .thenComparingInt(EventMention::triggerStart).thenComparingInt(EventMention::triggerEnd))
        .orElseThrow();
    return ContentId.of("ev", type, defining.articleId(),
        Integer.toString(defining.triggerStart()), Integer.toString(defining.triggerEnd()));
  }

  private static Event event(MergedReports merged, EventSources.Counted counted,
      SourceResolver resolver, Map<String, Entity> entities, List<Conflict> conflicts,
      Map<String, Integer> storyNumbers, Map<Integer, String> storyIds) {
    List<EventMention> cluster = merged.mentions();
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < cluster.size(); i++) {
      EventMention m = cluster.get(i);
      reports.add(new Report(m.id(), m.articleId(), m.start(), m.end(), m.sentence(), m.when(),
          resolver.chain(m), counted.groups().get(i)));
    }
    int independent = counted.independent();
    List<String> days = cluster.stream().map(EventMention::when)
        .filter(java.util.Objects::nonNull).sorted().distinct().toList();
    String earliest = days.isEmpty() ? null : days.get(0);
    String latest = days.isEmpty() ? null : days.get(days.size() - 1);
    boolean agreed = !days.isEmpty() && !ConflictFinder.disagree(Set.copyOf(days));
    String when = agreed ? days.stream().max(Comparator.comparingInt(String::length)).get() : null;
    List<String> actors = EventSummary.ranked(cluster, ArgumentRole.AGENT, ArgumentRole.PATIENT);
    List<String> places = EventSummary.ranked(cluster, ArgumentRole.PLACE);
    EventStatus status = days.isEmpty() ? EventStatus.UNDATED
        : conflicts.stream().anyMatch(c -> c.field() != ConflictField.WEEKDAY) ? EventStatus.CONTESTED
        : independent >= 2 ? EventStatus.CORROBORATED : EventStatus.SINGLE_SOURCE;
    Modality modality = cluster.get(0).modality();
    Integer story = storyNumbers.get(cluster.get(0).articleId());
    return new Event(eventId(cluster.get(0).type(), cluster), cluster.get(0).type(),
        SUMMARY.line(cluster, places, entities),
        modality, when, earliest, latest, actors, places, reports, independent, status,
        conflicts, story == null ? null : storyIds.get(story), merged.basis(),
        EventSummary.ranked(cluster, ArgumentRole.AGENT));
  }

  private static List<Story> stories(List<Article> articles, Map<String, String> storyOf,
      Map<Integer, String> storyIds, List<Event> events) {
    Map<String, Integer> number = new HashMap<>();
    storyIds.forEach((n, id) -> number.put(id, n));
    Map<String, List<String>> members = new HashMap<>();
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
    // in the order of their numbers: of their first article by date
    for (String id : new RankedOrder<>(new ArrayList<>(members.keySet()))
        .thenByInt(number::get).sorted()) {
      stories.add(new Story(id, titles.getOrDefault(id, id),
          members.get(id).stream().sorted().toList(), eventsOf.getOrDefault(id, List.of())));
    }
    return stories;
  }
}
