package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.isnad.model.Analysis;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.Story;
import org.isnad.store.search.SearchEntries;
import org.isnad.store.search.SearchReader;

/**
 * A {@link CaseView} over one analysis held in memory: what {@code isnad serve INPUT…} shows.
 * Its indexes (articles, entities, events and stories by id, each event's outlets and origins,
 * each article's document, a search index in memory of the same entries a store indexes) are
 * built once in the constructor; every call after that reads them only, so one view serves any
 * number of threads. Its search is the store's ({@link IndexedSearch}): the same case gives the
 * same hits in the same order from memory and from a store.
 *
 * <p>Design decision: filters scan the timeline's lines in order rather than keep one index per
 * field; a scan of the events of a run held in memory is fast enough, and the store that
 * replaces this view for large cases filters in SQL.
 */
public final class AnalysisView implements CaseView {
  private final Analysis analysis;
  private final CaseIndex index;
  private final List<EventItem> timeline;
  private final List<Event> events;
  private final List<StoryItem> stories;
  private final Details details;
  private final EntityStatements statements;
  private final SearchReader search;
  private final IndexedSearch.Places places;
  private final AuditFigures audit;
  private final EntityNames names;
  private final Map<String, Story> storiesById = new HashMap<>();

  /** A view over {@code analysis}. */
  public AnalysisView(Analysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.index = new CaseIndex(analysis);
    this.events = ShownOrder.sorted(analysis.timeline().events(), ShownOrder.EVENTS);
    this.timeline = events.stream().map(index::item).toList();
    this.stories = ShownOrder.sorted(analysis.timeline().stories(), ShownOrder.STORIES)
        .stream().map(this::storyItem).toList();
    this.details = new Details(index);
    this.statements = new EntityStatements(analysis);
    this.search = SearchReader.of(SearchEntries.of(analysis));
    this.places = places(index, statements);
    this.audit = AuditCount.of(analysis);
    this.names = new EntityNames(analysis.entities());
    analysis.timeline().stories().forEach(s -> storiesById.putIfAbsent(s.id(), s));
  }

  @Override
  public Page<EventItem> events(EventQuery filter, PageRequest page) {
    Objects.requireNonNull(filter, "filter");
    List<EventItem> passing = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (passes(filter, events.get(i), timeline.get(i))) {
        passing.add(timeline.get(i));
      }
    }
    return Page.of(passing, page);
  }

  private static boolean passes(EventQuery q, Event e, EventItem item) {
    return q.meetsDays(e)
        && (q.type() == null || q.type().equalsIgnoreCase(e.type()))
        && (q.actor() == null || e.actors().contains(q.actor()))
        && (q.place() == null || e.places().contains(q.place()))
        && (q.outlet() == null || item.outlets().contains(q.outlet()))
        && (q.origin() == null || e.reports().stream().anyMatch(r -> q.origin()
            .equals(r.source())))
        && (q.status() == null || q.status().admits(e.status()))
        && (q.modality() == null || q.modality() == e.modality());
  }

  @Override
  public Optional<EventDetail> event(String id) {
    return index.event(id).map(details::event);
  }

  @Override
  public Optional<ArticleDetail> article(String id) {
    return index.article(id).map(details::article);
  }

  @Override
  public Optional<EntityDetail> entity(String id, PageRequest statements) {
    Objects.requireNonNull(statements, "statements");
    return index.entity(id).map(e -> Details.entity(e,
        this.statements.roles.getOrDefault(e.id(), Map.of()), countEvents(e.id()),
        Page.of(this.statements.by.getOrDefault(e.id(), List.of()), statements),
        Page.of(this.statements.about.getOrDefault(e.id(), List.of()), statements)));
  }

  private long countEvents(String entityId) {
    return events.stream().filter(e -> e.actors().contains(entityId)
        || e.places().contains(entityId)).count();
  }

  @Override
  public Page<EntityHit> entities(String query, EntityType kind, PageRequest page) {
    return names.find(query, kind, page);
  }

  @Override
  public Page<StoryItem> stories(PageRequest page) {
    return Page.of(stories, page);
  }

  @Override
  public Optional<StoryDetail> story(String id, PageRequest page) {
    Objects.requireNonNull(page, "page");
    Story story = id == null ? null : storiesById.get(id);
    if (story == null) {
      return Optional.empty();
    }
    List<StoryArticle> articles = story.articles().stream().map(this::storyArticle).toList();
    List<Event> of = ShownOrder.sorted(story.events().stream().map(index::event)
        .flatMap(Optional::stream).toList(), ShownOrder.EVENTS);
    String[] days = StoryPages.days(of);
    return Optional.of(StoryPages.detail(story, articles, days[0], days[1],
        Page.of(of.stream().map(index::item).toList(), page), page));
  }

  private StoryArticle storyArticle(String id) {
    return index.article(id).map(a -> new StoryArticle(id, a.article().title(),
        a.article().outlet(), a.article().published() == null ? null
            : a.article().published().value())).orElse(new StoryArticle(id, null, null, null));
  }

  private StoryItem storyItem(Story s) {
    List<ArticleRef> first = s.articles().stream().limit(10).map(index::articleRef).toList();
    return new StoryItem(s.id(), s.title(), s.articles().size(), s.events().size(), first);
  }

  @Override
  public Page<SearchHit> search(String query, SearchKind kind, PageRequest page) {
    IndexedSearch.check(query);
    return IndexedSearch.search(search, places, query, kind == null ? SearchKind.ALL : kind,
        page.forSearch());
  }

  /** Where hits stand, read from the analysis. */
  private static IndexedSearch.Places places(CaseIndex index, EntityStatements statements) {
    Map<String, StatementRef> byId = new HashMap<>();
    statements.all.forEach(s -> byId.put(s.id(), s));
    return new IndexedSearch.Places() {
      @Override
      public String articleTitle(String id) {
        return index.articleRef(id).title();
      }

      @Override
      public Map<String, StatementRef> statements(List<String> ids) {
        Map<String, StatementRef> out = new HashMap<>();
        ids.stream().filter(byId::containsKey).forEach(id -> out.put(id, byId.get(id)));
        return out;
      }

      @Override
      public Optional<Event> event(String id) {
        return index.event(id);
      }
    };
  }

  @Override
  public AuditFigures audit() {
    return audit;
  }

  /** Lower-case spelling of an enumeration, as the analysis JSON writes it. */
  static String spelt(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Distinct non-null values in first-seen order. */
  static List<String> distinct(List<String> values) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    values.stream().filter(Objects::nonNull).forEach(seen::add);
    return List.copyOf(seen);
  }

  /** An entity's type as clients spell it. */
  static String type(Entity entity) {
    return spelt(entity.type());
  }
}
