package org.isnad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.isnad.store.CaseView;

/**
 * {@code isnad serve}: the HTTP API under {@code /api/v1} and the web app, over one
 * {@link CaseView}. Guarantees:
 *
 * <ul>
 *   <li>every API answer is JSON; every failure is an RFC 9457 problem detail (400 naming the
 *       parameter, 401, 404, 413, 500) and never holds a stack trace;
 *   <li>with a token, every API request (the OpenAPI document too) needs
 *       {@code Authorization: Bearer TOKEN}, compared in constant time; the web app's own files
 *       need none (the app asks for the token); an add handed over by {@code isnad add} needs
 *       the server's local token instead, always ({@link LocalAddRoute});
 *   <li>every answer carries a Content-Security-Policy that allows only the server's own script,
 *       style and requests (no inline script), {@code X-Content-Type-Options: nosniff} and
 *       {@code Referrer-Policy: no-referrer};
 *   <li>a request body above {@link #MAX_BODY} bytes is refused with 413 before it is read.
 * </ul>
 *
 * <p>Thread safe: the view is read-only and each request has its own state.
 */
public final class ApiServer implements AutoCloseable {
  /** The largest request body accepted, in bytes. */
  public static final long MAX_BODY = 64L << 20;
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Javalin app;
  private final ServerSettings settings;

  private ApiServer(Javalin app, ServerSettings settings) {
    this.app = app;
    this.settings = settings;
  }

  /**
   * Starts a server over {@code view}; returns once it listens.
   *
   * @throws IllegalArgumentException when the address cannot be bound (in use, not local)
   */
  public static ApiServer start(CaseView view, ServerSettings settings) {
    return start(view, settings, null);
  }

  /**
   * Starts a server over {@code view} that adds uploaded documents through {@code uploads}
   * ({@code null}: uploads are refused); returns once it listens.
   *
   * @throws IllegalArgumentException when the address cannot be bound (in use, not local)
   */
  public static ApiServer start(CaseView view, ServerSettings settings, Uploads uploads) {
    return start(view, settings, uploads, null, null);
  }

  /**
   * Starts a server over {@code view} that adds uploaded documents through {@code uploads} and
   * the paths {@code isnad add} hands over through {@code adds} for callers that carry
   * {@code localToken} ({@code null}: refused); returns once it listens.
   *
   * @throws IllegalArgumentException when the address cannot be bound (in use, not local)
   */
  public static ApiServer start(CaseView view, ServerSettings settings, Uploads uploads,
      PathAdds adds, String localToken) {
    return start(view, settings, uploads, adds, localToken, null);
  }

  /**
   * As {@link #start(CaseView, ServerSettings, Uploads, PathAdds, String)}, checking claims
   * ({@code POST /api/v1/check}) with {@code checker} ({@code null}: no stance model, the
   * route answers 503).
   *
   * @throws IllegalArgumentException when the address cannot be bound (in use, not local)
   */
  public static ApiServer start(CaseView view, ServerSettings settings, Uploads uploads,
      PathAdds adds, String localToken, org.isnad.check.ClaimChecker checker) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(settings, "settings");
    WebAssets assets = new WebAssets();
    AddGuard guard = new AddGuard();
    ApiRoutes routes = new ApiRoutes(view, assets, new UploadRoute(uploads, guard),
        new LocalAddRoute(adds, localToken, guard), (long) settings.keptMiB() << 20,
        new CheckRoute(checker));
    Javalin app = Javalin.create(config -> configure(config, routes, assets, settings));
    try {
      app.start(settings.bind(), settings.port());
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalArgumentException("cannot listen on " + settings.bind() + ":"
          + settings.port() + ": " + rootMessage(e));
    }
    return new ApiServer(app, settings);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void configure(JavalinConfig config, ApiRoutes routes, WebAssets assets,
      ServerSettings settings) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = MAX_BODY;
    config.routes.before(ctx -> secure(ctx, settings.token()));
    routes.register(config.routes);
    config.routes.get("/", ctx -> asset(ctx, assets, "index.html"));
    config.routes.get("/app/{file}", ctx -> asset(ctx, assets, ctx.pathParam("file")));
    config.routes.exception(ProblemException.class, (e, ctx) -> answer(ctx, e.problem()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx,
        statusProblem(e.getStatus(), ctx)));
    config.routes.exception(Exception.class, (e, ctx) -> {
      // the caller gets no detail of the failure; the operator's terminal gets one line
      System.err.println("isnad serve: internal failure on " + ctx.method() + " " + ctx.path()
          + ": " + e.getClass().getName() + ": " + e.getMessage());
      answer(ctx, Problem.internal());
    });
    config.routes.error(404, ctx -> {
      if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
        answer(ctx, Problem.notFound("no such route: " + ctx.method() + " " + ctx.path()));
      }
    });
  }

  private static Problem statusProblem(int status, Context ctx) {
    return switch (status) {
      case 404 -> Problem.notFound("no such route: " + ctx.method() + " " + ctx.path());
      case 413 -> Problem.tooLarge(MAX_BODY);
      default -> Problem.status(status, "HTTP " + status);
    };
  }

  private static void secure(Context ctx, String token) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    if (ctx.req().getContentLengthLong() > MAX_BODY) {
      throw new ProblemException(Problem.tooLarge(MAX_BODY));
    }
    // the adds isnad add hands over carry the local token instead (LocalAddRoute checks it)
    boolean handedOver = ctx.path().equals(LocalAddRoute.PATH);
    if (token != null && ctx.path().startsWith("/api/") && !handedOver && !bearer(ctx, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ProblemException(Problem.unauthorized());
    }
  }

  private static boolean bearer(Context ctx, String token) {
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
  }

  private static void asset(Context ctx, WebAssets assets, String name) {
    byte[] bytes = assets.file(name).orElseThrow(() -> new ProblemException(
        Problem.notFound("no such file: " + name)));
    ctx.contentType(assets.type(name)).result(bytes);
  }

  /** Writes {@code problem} as the answer. */
  static void answer(Context ctx, Problem problem) {
    ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json(problem));
  }

  /** {@code value} as JSON bytes. */
  static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** The port it listens on (the one picked when 0 was asked for). */
  public int port() {
    return app.port();
  }

  /** The address to open: {@code http://HOST:PORT/}. */
  public String url() {
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    return "http://" + host + ":" + port() + "/";
  }

  /** Stops listening and lets go of the threads. */
  @Override
  public void close() {
    app.stop();
  }
}
