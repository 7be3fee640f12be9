package org.isnad;

import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.serve.ApiServer;
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
    return running(ApiServer.start(new AnalysisView(analysis),
        new ServerSettings(bind, port, token)), () -> { });
  }

  /**
   * Serves the store in folder {@code store} (made empty when missing) with {@code engine} as
   * {@link #serve(Analysis, String, int, String)} serves an analysis, after completing what a killed add left. Pages are read from the store when
   * asked, so a large store opens at once; what is added to it later shows on the next request.
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
    ServerSettings settings = new ServerSettings(bind, port, token, keptMiB);
    new StoreAdd(engine, store, progress).complete();
    StoreViews view = StoreViews.open(store);
    try {
      // the case stays in memory between uploads: each reads back only what it settled
      ResidentCase resident = ResidentCase.kept();
      Uploads uploads = (name, body) -> new StoreAdd(engine, store, ProgressListener.NONE)
          .resident(resident).add(List.of(Upload.keep(store, name, body).toString()))
          .documents();
      RunningServer server = running(ApiServer.start(view, settings, uploads), view::close);
      prepareInBackground(view);
      return server;
    } catch (RuntimeException e) {
      view.close();
      throw e;
    }
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

  private static RunningServer running(ApiServer server, Runnable after) {
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
        server.close();
        after.run();
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
