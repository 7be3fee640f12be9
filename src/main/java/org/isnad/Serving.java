package org.isnad;

import org.isnad.check.ClaimChecker;
import org.isnad.check.StanceJudge;
import org.isnad.check.StoreCorpus;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.isnad.model.Analysis;
import org.isnad.serve.ApiServer;
import org.isnad.serve.PathAdds;
import org.isnad.serve.ServerSettings;
import org.isnad.serve.Uploads;
import org.isnad.store.AnalysisView;
import org.isnad.store.StoreViews;

/**
 * The engine's door for {@code isnad serve}: an analysis or a store served over HTTP (the API
 * under {@code /api/v1} and the web app), the address rules and the bearer token. The server
 * reads the case through {@link org.isnad.store.CaseView}; uploads to a store go through
 * {@link Isnad#add}. Stateless and thread safe.
 */
public final class Serving {
  private Serving() {}

  /**
   * Serves {@code analysis} over HTTP (the API under {@code /api/v1} and the web app) on
   * {@code bind}:{@code port} (0: any free port) until the returned server is closed. Binding an
   * address other than loopback needs a {@code token} ({@link #newToken()} makes one); with a
   * token every API request must carry {@code Authorization: Bearer TOKEN}.
   *
   * @throws IllegalArgumentException for a bad address, port or token, a non-loopback address
   *     without a token, or an address that cannot be bound, naming it
   */
  public static RunningServer serve(Analysis analysis, String bind, int port, String token) {
    return serve(analysis, bind, port, token, null);
  }

  /**
   * As {@link #serve(Analysis, String, int, String)}, checking claims ({@code POST
   * /api/v1/check}) with {@code judge}; {@code null}: no stance model, the route answers 503.
   */
  public static RunningServer serve(Analysis analysis, String bind, int port, String token,
      StanceJudge judge) {
    ClaimChecker checker = judge == null ? null
        : Checking.over(analysis, judge, ClaimChecker.DEFAULT_CANDIDATES);
    return running(ApiServer.start(new AnalysisView(analysis),
        new ServerSettings(bind, port, token), null, null, null, checker), () -> { }, () -> { });
  }

  /**
   * Serves the store in folder {@code store} (made empty when missing) with {@code engine} as
   * {@link #serve(Analysis, String, int, String)} serves an analysis, after completing what a
   * killed add left. Pages are read from the store when asked, so a large store opens at once;
   * what is added to it later shows on the next request. While it serves, {@code
   * DIR/serving.json} tells {@code isnad add} where to hand its adds ({@link ServerHandoff}); it
   * is deleted when the server closes.
   *
   * @throws IllegalArgumentException as {@link #serve}, or when {@code store} is not a folder,
   *     is newer than this code, or an add is running on it
   */
  public static RunningServer serve(Isnad engine, Path store, String bind, int port,
      String token, ProgressListener progress) {
    return serve(engine, store, bind, port, token, ServerSettings.KEPT_MIB, progress);
  }

  /**
   * As {@link #serve(Isnad, Path, String, int, String, ProgressListener)}, keeping up to
   * {@code keptMiB} MiB of read answers until the case changes (0: every request afresh).
   *
   * @throws IllegalArgumentException as that method, or for {@code keptMiB} out of bounds
   */
  public static RunningServer serve(Isnad engine, Path store, String bind, int port,
      String token, int keptMiB, ProgressListener progress) {
    return serve(engine, store, bind, port, token, keptMiB, progress, null);
  }

  /**
   * As {@link #serve(Isnad, Path, String, int, String, int, ProgressListener)}, checking claims
   * ({@code POST /api/v1/check}) against the store with {@code judge}; {@code null}: no stance
   * model, the route answers 503.
   */
  public static RunningServer serve(Isnad engine, Path store, String bind, int port,
      String token, int keptMiB, ProgressListener progress, StanceJudge judge) {
    ServerSettings settings = new ServerSettings(bind, port, token, keptMiB);
    new StoreAdd(engine, store, progress).complete();
    StoreViews view = StoreViews.open(store);
    try {
      // the case stays in memory between uploads: each reads back only what it settled
      ResidentCase resident = ResidentCase.kept();
      Uploads uploads = (name, body) -> new StoreAdd(engine, store, ProgressListener.NONE)
          .resident(resident).add(List.of(Upload.keep(store, name, body).toString()))
          .documents();
      // isnad add hands its adds here (ServerHandoff): the same add a local one runs
      PathAdds adds = paths -> AddReports.of(new StoreAdd(engine, store, ProgressListener.NONE)
          .resident(resident).add(paths));
      String localToken = ServerSettings.newToken();
      StoreCorpus corpus = judge == null ? null : StoreCorpus.openGrowing(store);
      ClaimChecker checker = corpus == null ? null
          : new ClaimChecker(judge, corpus, ClaimChecker.DEFAULT_CANDIDATES);
      Runnable closing = corpus == null ? view::close : () -> {
        view.close();
        corpus.close();
      };
      RunningServer server = announced(store, settings, localToken, closing,
          ApiServer.start(view, settings, uploads, adds, localToken, checker));
      prepareInBackground(view);
      return server;
    } catch (RuntimeException e) {
      view.close();
      throw e;
    }
  }

  /**
   * The running server once {@code DIR/serving.json} tells {@code isnad add} where it is and
   * which local token it asks for; closing it deletes the note first (so no add is handed to a
   * server that stops), then stops it and closes {@code view}.
   */
  private static RunningServer announced(Path store, ServerSettings settings, String localToken,
      Runnable view, ApiServer api) {
    ServingFile note = ServingFile.mine(localUrl(api, settings), localToken, store);
    try {
      note.writeTo(store);
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
    return running(api, () -> note.deleteFrom(store), view);
  }

  /**
   * The URL {@code isnad add} on this machine reaches the server at: the loopback one when it
   * listens on every address, else its own.
   */
  private static String localUrl(ApiServer api, ServerSettings settings) {
    try {
      if (InetAddress.getByName(settings.bind()).isAnyLocalAddress()) {
        return "http://" + ServerSettings.LOOPBACK + ":" + api.port() + "/";
      }
    } catch (UnknownHostException e) {
      // it was bound, so it resolves; its own URL then
    }
    return api.url();
  }

  /**
   * Indexes the store's entity names while the server already answers (about 3 s on 31,030
   * articles), so the URL is printed at once and the first name lookup need not wait for it.
   * A failure here is left for that lookup to meet and report.
   */
  private static void prepareInBackground(StoreViews view) {
    Thread thread = new Thread(() -> {
      try {
        view.prepareNames();
      } catch (RuntimeException e) {
        // the store closed or failed meanwhile: the next lookup reads it again and says why
      }
    }, "isnad-names");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The server as a {@link RunningServer}: closing runs {@code first}, stops it, then runs
   * {@code after}; closing again does nothing.
   */
  private static RunningServer running(ApiServer server, Runnable first, Runnable after) {
    AtomicBoolean closed = new AtomicBoolean();
    return new RunningServer() {
      @Override
      public String url() {
        return server.url();
      }

      @Override
      public int port() {
        return server.port();
      }

      @Override
      public void close() {
        if (closed.compareAndSet(false, true)) {
          first.run();
          server.close();
          after.run();
        }
      }
    };
  }

  /** Whether {@code bind} is a loopback address (a name that does not resolve is a mistake). */
  public static boolean isLoopback(String bind) {
    return ServerSettings.loopback(bind);
  }

  /** A fresh random bearer token for {@link #serve}. */
  public static String newToken() {
    return ServerSettings.newToken();
  }
}
