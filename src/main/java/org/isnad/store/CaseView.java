package org.isnad.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.EntityType;

/**
 * What the server reads of a case: a paged timeline, one event with its reports, one article
 * with its marks, one entity, the stories, a search and the audit figures. Implemented over one
 * analysis in memory ({@link AnalysisView}) and by the store.
 *
 * <p>Every list a client may page through comes as a {@link Page}; ids are the engine's stable
 * ids; offsets are Unicode code point offsets into the article text, as in the analysis JSON;
 * enumerations are spelt as in the analysis JSON ({@code single-source}, {@code asserted}). An
 * unknown id is an empty result, never an exception; a bad filter or page is an
 * {@link IllegalArgumentException} naming it. Implementations are thread safe.
 */
public interface CaseView {
  /** The most hits one search page holds (the index's bound; other lists allow more). */
  int SEARCH_MAX_LIMIT = org.isnad.store.search.SearchQuery.MAX_LIMIT;
  /**
   * Hits in a search page when none is asked for: each hit's snippets are cut from its text, so
   * a search page costs far more than a page of another list (20 hits took 4.5 ms of CPU, 50
   * took 8.1, on 31,030 SaudiNewsNet articles), and 20 highlighted hits fill a screen.
   */
  int SEARCH_DEFAULT_LIMIT = org.isnad.store.search.SearchQuery.DEFAULT_LIMIT;
  /** The deepest search page start served (deeper paging costs memory for every hit skipped). */
  int SEARCH_MAX_OFFSET = org.isnad.store.search.SearchQuery.MAX_OFFSET;

  /**
   * The events passing {@code filter}: those that happened before those negated or
   * unrealised; within each, dated by day before undated; then by id.
   */
  Page<EventItem> events(EventQuery filter, PageRequest page);

  /** One event with every report, its conflicts and why its reports were merged. */
  Optional<EventDetail> event(String id);

  /** One article with its text, the spans marked in it and the lines dropped from its page. */
  Optional<ArticleDetail> article(String id);

  /** One entity: names, roles, and a page of the statements by and about it. */
  Optional<EntityDetail> entity(String id, PageRequest statements);

  /**
   * The entities of {@code kind} ({@code null}: any) with a name holding {@code query} after
   * Arabic normalisation ({@code null}: every entity), best match first, then most mentioned:
   * what a reader picks an actor or a place from by name.
   *
   * @throws IllegalArgumentException when the query normalises to no letter or digit
   */
  Page<EntityHit> entities(String query, EntityType kind, PageRequest page);

  /** The stories, largest first. */
  Page<StoryItem> stories(PageRequest page);

  /**
   * One story: its outlets and dates, and a page each of its articles (by publication date,
   * undated last, then id) and its events (in the timeline's order).
   */
  Optional<StoryDetail> story(String id, PageRequest page);

  /**
   * Articles, statements and events whose text holds {@code query} after normalisation; a page
   * beyond {@link #SEARCH_MAX_LIMIT} hits or {@link #SEARCH_MAX_OFFSET} is a caller's mistake.
   */
  Page<SearchHit> search(String query, SearchKind kind, PageRequest page);

  /** What the case holds and what could not be read. */
  AuditFigures audit();

  /** What the case holds, with one page of the inputs that could not be read. */
  default AuditPage audit(PageRequest unread) {
    return AuditPage.of(audit(), unread);
  }

  /**
   * The version of the case the answers come from: a number that changes whenever any answer
   * may change (a store's version, bumped by every add), or -1 when the view cannot tell, so
   * that a caller may keep answers made at one version for as long as it lasts.
   */
  default long version() {
    return -1;
  }

  /** An entity named where it is used. */
  record NameRef(String id, String name, String type) { }

  /** An article named where it is cited. */
  record ArticleRef(String id, String title, String outlet) { }

  /** One line of a timeline. */
  record EventItem(String id, String type, String summary, String modality, String when,
      String earliest, String latest, String status, int reports, int independent,
      List<NameRef> actors, List<NameRef> places, List<String> outlets, String story) {
    public EventItem {
      actors = List.copyOf(actors);
      places = List.copyOf(places);
      outlets = List.copyOf(outlets);
    }
  }

  /** One link of a report's chain; {@code role} is {@code null} when the analysis does not say. */
  record ChainStep(String name, String role) { }

  /**
   * One article's report of an event: its sentence at {@code start}–{@code end} of the article
   * text, inside the paragraph starting at {@code paragraphStart}; {@code whenBasis} where its
   * date comes from or why it has none ({@link org.isnad.model.WhenBasis#label()}: sentence,
   * context, other-time, reference, after-publication, untied), {@code null} when the engine
   * says neither (no date and no reason, or the article is not at hand).
   */
  record ReportDetail(String article, String title, String outlet, String url, String published,
      String sentence, int start, int end, String paragraph, int paragraphStart, String when,
      List<ChainStep> chain, String origin, String whenBasis) {
    public ReportDetail {
      chain = List.copyOf(chain);
    }
  }

  /** One value reports disagree on, with the articles (and outlets) that give it. */
  record ConflictValue(String value, List<ArticleRef> articles, List<String> sources) {
    public ConflictValue {
      articles = List.copyOf(articles);
      sources = List.copyOf(sources);
    }
  }

  /** What the reports of one event disagree on, every value side by side. */
  record ConflictView(String field, String note, List<ConflictValue> values) {
    public ConflictView {
      values = List.copyOf(values);
    }
  }

  /** One event in full. */
  record EventDetail(EventItem event, List<NameRef> agents, List<ReportDetail> reports,
      List<String> origins, List<ConflictView> conflicts, List<String> basis) {
    public EventDetail {
      agents = List.copyOf(agents);
      reports = List.copyOf(reports);
      origins = List.copyOf(origins);
      conflicts = List.copyOf(conflicts);
      basis = List.copyOf(basis);
    }
  }

  /**
   * A marked stretch of an article's text: {@code kind} name, time, statement or event;
   * {@code label} what it is (entity type, time value, speaker, event type); {@code ref} the
   * entity or event id, or {@code null}.
   */
  record Span(int start, int end, String kind, String label, String ref) { }

  /** A line dropped from the article's page, with why. */
  record DroppedLine(Integer line, String text, String reason, String description) { }

  /** One article in full. */
  record ArticleDetail(String id, String document, String source, String title, String outlet,
      String author, String url, String published, String publishedBasis, String text,
      List<Span> names, List<Span> times, List<Span> statements, List<Span> events,
      List<DroppedLine> dropped, String story, String copyOf) {
    public ArticleDetail {
      names = List.copyOf(names);
      times = List.copyOf(times);
      statements = List.copyOf(statements);
      events = List.copyOf(events);
      dropped = List.copyOf(dropped);
    }
  }

  /** A statement, where it stands and who made it. */
  record StatementRef(String id, String article, int start, int end, String content,
      String speaker, String speakerEntity, String cue) { }

  /**
   * One entity: its names, how often it plays each role (agent, patient, place in events;
   * speaker of statements), and a page each of the statements it made and that name it. Its
   * events are the timeline filtered on it ({@link EventQuery#actor()} or
   * {@link EventQuery#place()}).
   */
  record EntityDetail(String id, String type, String name, List<String> aliases, int mentions,
      Map<String, Integer> roles, long events, Page<StatementRef> statementsBy,
      Page<StatementRef> statementsAbout) {
    public EntityDetail {
      aliases = List.copyOf(aliases);
      roles = Sorted.map(roles);
    }
  }

  /**
   * An entity found by name: its name, type and mentions; {@code alias} the other name that
   * matched when its own name did not, else {@code null}.
   */
  record EntityHit(String id, String name, String type, int mentions, String alias) { }

  /** One story: its size and its first articles. */
  record StoryItem(String id, String title, int articles, int events,
      List<ArticleRef> firstArticles) {
    public StoryItem {
      firstArticles = List.copyOf(firstArticles);
    }
  }

  /** An article of a story, with the day (or month, year) it was published, or {@code null}. */
  record StoryArticle(String id, String title, String outlet, String published) { }

  /** An outlet and how many of a story's articles it published. */
  record OutletCount(String outlet, int articles) { }

  /**
   * One story: its outlets (most articles first, then by name); {@code firstPublished} and
   * {@code lastPublished} the range of its articles' publication dates with a known year,
   * {@code firstDay} and {@code lastDay} the range of the days its events may have happened
   * on (each {@code null} when none has one); a page each of its articles and of its events.
   */
  record StoryDetail(String id, String title, List<OutletCount> outlets, String firstPublished,
      String lastPublished, String firstDay, String lastDay, Page<StoryArticle> articles,
      Page<EventItem> events) {
    public StoryDetail {
      outlets = List.copyOf(outlets);
    }
  }

  /**
   * One search result: {@code kind} article, statement or event; {@code start}–{@code end}
   * where the statement (or the event's first report) stands in {@code article}, or
   * {@code null} for an article; {@code snippet} a stretch of its text with the matches at
   * {@code highlights} (code point offsets into the snippet).
   */
  record SearchHit(String kind, String id, String article, Integer start, Integer end,
      String title, String snippet, List<Span> highlights) {
    public SearchHit {
      highlights = List.copyOf(highlights);
    }
  }

  /**
   * An input that gave no article, with why: {@code codes} the machine codes of why (the fatal
   * problems' codes, {@code duplicate}, or the skipped path's code), which readers see named in
   * their language; {@code copyOf} the source a duplicate repeats, else {@code null};
   * {@code reason} the engine's sentence (English, for tools and the curious).
   */
  record Unread(String source, String outcome, List<String> codes, String copyOf,
      String reason) {
    public Unread {
      // an audit stored before codes were kept reads without them
      codes = codes == null ? List.of() : List.copyOf(codes);
    }
  }

  /** What the case holds and what could not be read. */
  record AuditFigures(int documents, int articles, Map<String, Integer> outcomes, int skipped,
      int entities, int statements, int events, Map<String, Integer> statuses,
      Map<String, Integer> modalities, int stories, Map<String, Integer> problems,
      List<Unread> unread) {
    public AuditFigures {
      outcomes = Sorted.map(outcomes);
      statuses = Sorted.map(statuses);
      modalities = Sorted.map(modalities);
      problems = Sorted.map(problems);
      unread = List.copyOf(unread);
    }
  }

  /**
   * The audit figures as the API serves them: the inputs that gave no article one page at a
   * time (a large case holds thousands), the rest as in {@link AuditFigures}, whose sorted,
   * unmodifiable maps it carries as they are (it is made only by {@link #of}).
   */
  record AuditPage(int documents, int articles, Map<String, Integer> outcomes, int skipped,
      int entities, int statements, int events, Map<String, Integer> statuses,
      Map<String, Integer> modalities, int stories, Map<String, Integer> problems,
      Page<Unread> unread) {
    /** {@code figures} with the page {@code unread} of their unread inputs. */
    public static AuditPage of(AuditFigures figures, PageRequest unread) {
      return new AuditPage(figures.documents(), figures.articles(), figures.outcomes(),
          figures.skipped(), figures.entities(), figures.statements(), figures.events(),
          figures.statuses(), figures.modalities(), figures.stories(), figures.problems(),
          Page.of(figures.unread(), unread));
    }
  }
}
