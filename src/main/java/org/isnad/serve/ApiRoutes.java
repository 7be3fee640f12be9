package org.isnad.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.store.CaseView;
import org.isnad.store.PageRequest;

/**
 * The routes of {@code /api/v1}: each reads its parameters strictly ({@link Params}), asks the
 * view, and answers JSON; an unknown id is a 404 problem naming it. The routes and their
 * parameters are the ones {@code openapi.json} documents.
 */
final class ApiRoutes {
  static final String BASE = "/api/v1";
  private static final Set<String> EVENT_FILTERS = Set.of("from", "to", "type", "actor",
      "place", "outlet", "origin", "status", "modality");
  private final CaseView view;
  private final WebAssets assets;
  private final UploadRoute upload;
  private final LocalAddRoute localAdd;
  private final AnswerCache answers;
  private final CheckRoute check;

  /** Routes over {@code view} keeping up to {@code keptBytes} of answers (0: none). */
  ApiRoutes(CaseView view, WebAssets assets, UploadRoute upload, LocalAddRoute localAdd,
      long keptBytes) {
    this(view, assets, upload, localAdd, keptBytes, new CheckRoute(null));
  }

  /** As the other constructor, checking claims through {@code check}. */
  ApiRoutes(CaseView view, WebAssets assets, UploadRoute upload, LocalAddRoute localAdd,
      long keptBytes, CheckRoute check) {
    this.check = check;
    this.view = view;
    this.assets = assets;
    this.upload = upload;
    this.localAdd = localAdd;
    this.answers = new AnswerCache(keptBytes);
  }

  void register(RoutesConfig routes) {
    kept(routes, "/events", this::events);
    kept(routes, "/events/{id}", ctx -> found(ctx, "event", view.event(idOf(ctx, Set.of()))));
    kept(routes, "/articles/{id}", ctx -> found(ctx, "article",
        view.article(idOf(ctx, Set.of()))));
    routes.get(BASE + "/entities", this::entities);
    kept(routes, "/entities/{id}", this::entity);
    kept(routes, "/stories", ctx -> view.stories(new Params(ctx, Params.PAGING).page()));
    kept(routes, "/stories/{id}", ctx -> found(ctx, "story",
        view.story(ctx.pathParam("id"), new Params(ctx, Params.PAGING).page())));
    kept(routes, "/search", this::search);
    kept(routes, "/audit", ctx -> view.audit(new Params(ctx, Params.PAGING).page()));
    routes.post(BASE + "/documents", upload::handle);
    routes.post(LocalAddRoute.PATH, localAdd::handle);
    routes.post(CheckRoute.PATH, check::handle);
    routes.get(BASE + "/openapi.json", ctx -> ctx.contentType("application/json")
        .result(assets.openApi()));
  }

  /** What a read route answers: the value to write as JSON (a failure throws). */
  @FunctionalInterface
  private interface Answer {
    Object of(Context ctx);
  }

  /**
   * Registers a read route whose answers are kept for the case's version ({@link AnswerCache}):
   * the same path and query string at the same version get the same bytes; failures (a bad
   * parameter, an unknown id) are not kept and are checked again on every request.
   */
  private void kept(RoutesConfig routes, String path, Answer answer) {
    routes.get(BASE + path, ctx -> {
      long version = view.version();
      String request = ctx.path() + "?" + Objects.requireNonNullElse(ctx.queryString(), "");
      byte[] json = answers.get(request, version);
      if (json == null) {
        json = ApiServer.json(answer.of(ctx));
        answers.put(request, version, json);
      }
      ctx.contentType("application/json").result(json);
    });
  }

  private Object events(Context ctx) {
    Params p = new Params(ctx, union(EVENT_FILTERS, Params.PAGING));
    return view.events(p.events(), p.page());
  }

  private Object entity(Context ctx) {
    Params p = new Params(ctx, Params.PAGING);
    return found(ctx, "entity", view.entity(ctx.pathParam("id"), p.page()));
  }

  private void entities(Context ctx) {
    Params p = new Params(ctx, union(Set.of("q", "kind"), Params.PAGING));
    String q = p.text("q");
    if (q != null && q.length() > 200) {
      throw Params.bad("q", "q must be at most 200 characters: " + q.length());
    }
    EntityType kind = p.parsed("kind", Params::entityType);
    PageRequest page = p.page();
    try {
      ok(ctx, view.entities(q, kind, page));
    } catch (IllegalArgumentException e) {
      throw Params.bad("q", e.getMessage());
    }
  }

  private Object search(Context ctx) {
    Params p = new Params(ctx, union(Set.of("q", "kind"), Params.PAGING));
    String q = p.text("q");
    if (q == null) {
      throw Params.bad("q", "q is required: the words to search for");
    }
    if (q.length() > 500) {
      throw Params.bad("q", "q must be at most 500 characters: " + q.length());
    }
    PageRequest page;
    try {
      page = p.page(CaseView.SEARCH_DEFAULT_LIMIT).forSearch();
    } catch (IllegalArgumentException e) {
      throw Params.bad(e.getMessage().startsWith("offset") ? "offset" : "limit", e.getMessage());
    }
    try {
      return view.search(q, p.kind(), page);
    } catch (IllegalArgumentException e) {
      throw Params.bad("q", e.getMessage());
    }
  }

  private static String idOf(Context ctx, Set<String> allowed) {
    new Params(ctx, allowed);
    return ctx.pathParam("id");
  }

  private static Object found(Context ctx, String kind, Optional<?> value) {
    return value.orElseThrow(() -> new ProblemException(Problem.notFound("no " + kind
        + " with id " + ctx.pathParam("id"))));
  }

  private static void ok(Context ctx, Object value) {
    ctx.contentType("application/json").result(ApiServer.json(value));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
