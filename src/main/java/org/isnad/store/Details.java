package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.ChainLink;
import org.isnad.model.Conflict;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.model.WhenBasis;
import org.isnad.store.CaseView.ArticleDetail;
import org.isnad.store.CaseView.ChainStep;
import org.isnad.store.CaseView.ConflictValue;
import org.isnad.store.CaseView.ConflictView;
import org.isnad.store.CaseView.DroppedLine;
import org.isnad.store.CaseView.EntityDetail;
import org.isnad.store.CaseView.EventDetail;
import org.isnad.store.CaseView.ReportDetail;
import org.isnad.store.CaseView.Span;
import org.isnad.store.CaseView.StatementRef;

/**
 * The full pages of a case, whatever holds it ({@link CaseLookup}): an event with its reports
 * in their paragraphs, an article with its marks, an entity with its roles and statements.
 * Read-only after construction.
 */
final class Details {
  private final CaseLookup index;

  Details(CaseLookup index) {
    this.index = index;
  }

  /** An entity's page from its roles and one page each of its statements by and about it. */
  static EntityDetail entity(Entity e, Map<String, Integer> roles, long events,
      Page<StatementRef> by, Page<StatementRef> about) {
    return new EntityDetail(e.id(), AnalysisView.type(e), e.name(), e.aliases(),
        e.mentionCount(), roles, events, by, about);
  }

  EventDetail event(Event e) {
    List<ReportDetail> reports = e.reports().stream().map(this::report).toList();
    List<ConflictView> conflicts = e.conflicts().stream().map(this::conflict).toList();
    return new EventDetail(index.item(e), e.agents().stream().map(index::nameRef).toList(),
        reports, AnalysisView.distinct(e.reports().stream().map(Report::source).toList()),
        conflicts, e.basis());
  }

  private ConflictView conflict(Conflict c) {
    return new ConflictView(c.field().label(), c.note(), c.values().stream()
        .map(v -> new ConflictValue(v.value(), v.articles().stream().map(index::articleRef)
            .toList(), v.sources())).toList());
  }

  private ReportDetail report(Report r) {
    AnnotatedArticle annotated = index.article(r.articleId()).orElse(null);
    if (annotated == null) {
      return new ReportDetail(r.articleId(), null, null, null, null, r.sentence(), r.start(),
          r.end(), r.sentence(), r.start(), r.when(), chain(r, List.of()), r.source(), null);
    }
    Article a = annotated.article();
    Paragraph p = Paragraph.around(a.text(), r.start());
    return new ReportDetail(a.id(), a.title(), a.outlet(), a.url(), a.published().value(),
        r.sentence(), r.start(), r.end(), p.text(), p.start(), r.when(),
        chain(r, annotated.quotes()), r.source(), whenBasis(r, annotated));
  }

  /** The label of why the report's mention has its date (or none), or {@code null}. */
  private static String whenBasis(Report r, AnnotatedArticle annotated) {
    return annotated.events().stream().filter(m -> m.id().equals(r.mention()))
        .map(EventMention::whenBasis).filter(java.util.Objects::nonNull).map(WhenBasis::label)
        .findFirst().orElse(null);
  }

  /**
   * The report's chain with each link's role: the first link is the publisher; another link
   * takes the role the statement covering the sentence gives that name, or none.
   */
  private static List<ChainStep> chain(Report r, List<Quote> quotes) {
    Map<String, String> roleOf = new HashMap<>();
    for (Quote q : quotes) {
      if (q.start() < r.end() && r.start() < q.end()) {
        for (ChainLink link : q.chain()) {
          roleOf.putIfAbsent(link.name(), AnalysisView.spelt(link.role()));
        }
      }
    }
    List<ChainStep> steps = new ArrayList<>();
    for (int i = 0; i < r.chain().size(); i++) {
      String name = r.chain().get(i);
      steps.add(new ChainStep(name, i == 0 ? "publisher" : roleOf.get(name)));
    }
    return steps;
  }

  ArticleDetail article(AnnotatedArticle annotated) {
    Article a = annotated.article();
    AnnotatedDocument d = index.documentOf(a.id());
    List<Span> names = annotated.mentions().stream().map(m -> new Span(m.start(), m.end(),
        "name", AnalysisView.spelt(m.type()), m.entityId())).toList();
    List<Span> times = annotated.timexes().stream().map(t -> new Span(t.start(), t.end(),
        "time", t.value(), null)).toList();
    List<Span> statements = annotated.quotes().stream().map(q -> new Span(q.start(), q.end(),
        "statement", q.speaker().text(), q.id())).toList();
    List<Span> events = annotated.events().stream().map(m -> new Span(m.start(), m.end(),
        "event", m.type(), index.eventOfMention(m.id()))).toList();
    List<DroppedLine> dropped = d == null ? List.of() : d.dropped().stream()
        .map(x -> new DroppedLine(x.line(), x.text(), x.reason().code(),
            x.reason().description())).toList();
    return new ArticleDetail(a.id(), a.documentId(), d == null ? null : d.document().source(),
        a.title(), a.outlet(), a.author(), a.url(), a.published().value(),
        a.published().basis().json(), a.text(), names, times, statements, events, dropped,
        index.storyOf(a.id()), index.copyOf(a.id()));
  }

  /** The paragraph (text between blank lines) holding a code point offset. */
  record Paragraph(String text, int start) {
    static Paragraph around(String text, int codePoint) {
      int total = text.codePointCount(0, text.length());
      int at = text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, total)));
      int from = text.lastIndexOf("\n\n", at);
      from = from < 0 ? 0 : from + 2;
      if (from > at) {
        from = at;
      }
      int to = text.indexOf("\n\n", at);
      to = to < 0 ? text.length() : to;
      return new Paragraph(text.substring(from, to), text.codePointCount(0, from));
    }
  }
}
