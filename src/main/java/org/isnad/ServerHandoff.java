package org.isnad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.AddReport;

/**
 * {@code isnad add} handing its add to the {@code isnad serve --store DIR} serving the same
 * store, so the case the server keeps in memory is used and kept (a local add would read it all
 * again and make the server drop it). The server is found through {@code DIR/serving.json}
 * ({@link ServingFile}); it runs the add exactly as a local one would, on the inputs' absolute
 * paths. When there is no such file, it was written for another folder (this one is a copy),
 * its process is gone, the server refuses the connection, the token or the route (an older
 * server), nothing is handed over and the caller adds locally (the store's lock keeps that
 * safe). Stateless.
 */
public final class ServerHandoff {
  /** How often an add is offered to a server busy with another, and how long apart. */
  static final int BUSY_TRIES = 20;
  static final Duration BUSY_WAIT = Duration.ofMillis(500);
  /** How long to wait for the server to take the connection; a server that does not is gone. */
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final String ROUTE = "api/v1/store/adds";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ServerHandoff() { }

  /** An add a server did: where it listens and what the add did. */
  public record HandedOver(String url, AddReport report) { }

  /**
   * Hands the add of {@code inputs} to {@code store} to the server serving it, if any; empty
   * when there is none to hand it to (or an input is standard input), so the caller adds
   * locally.
   *
   * @throws IllegalArgumentException when the server refuses the add: busy with another add
   *     after {@value #BUSY_TRIES} tries, or a bad path, with its reason
   * @throws IllegalStateException when the server failed on the add
   */
  public static Optional<HandedOver> handOver(Path store, List<String> inputs) {
    Optional<ServingFile> note = ServingFile.read(store).filter(n -> n.serves(store))
        .filter(ServingFile::alive);
    Optional<List<String>> paths = absolute(inputs);
    if (note.isEmpty() || paths.isEmpty()) {
      return Optional.empty();
    }
    return send(note.get(), paths.get());
  }

  /** The inputs as absolute paths; empty when one is standard input or no path at all. */
  private static Optional<List<String>> absolute(List<String> inputs) {
    try {
      if (inputs.contains("-")) {
        return Optional.empty();
      }
      return Optional.of(inputs.stream().map(i -> Path.of(i).toAbsolutePath().toString())
          .toList());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<HandedOver> send(ServingFile note, List<String> paths) {
    byte[] body = json(paths);
    for (int attempt = 1; ; attempt++) {
      Answer answer;
      try {
        answer = post(note, body);
      } catch (IOException e) {
        return Optional.empty();
      }
      int status = answer.status();
      if (status == 200) {
        return Optional.of(new HandedOver(note.url(), report(answer.body())));
      }
      if (status == 401 || status == 404) {
        return Optional.empty();
      }
      if (status == 409 && attempt < BUSY_TRIES) {
        pause();
        continue;
      }
      if (status == 400 || status == 409) {
        throw new IllegalArgumentException(detail(answer.body()));
      }
      throw new IllegalStateException("the server at " + note.url() + " failed on the add (HTTP "
          + status + "): " + detail(answer.body()) + "; its standard error says why");
    }
  }

  /** The server's status and body. */
  private record Answer(int status, String body) {}

  /**
   * Posts {@code body} to the server's add route. Design decision: {@link HttpURLConnection},
   * not {@code java.net.http.HttpClient}, which sets up TLS (3,400 classes loaded, with the
   * trust store) even for the loopback {@code http://} URL: CPU that this command took from the
   * server's add on a small machine.
   */
  private static Answer post(ServingFile note, byte[] body) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(note.url()).resolve(ROUTE).toURL()
        .openConnection();
    try {
      c.setConnectTimeout(CONNECT_TIMEOUT_MS);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setRequestProperty("Authorization", "Bearer " + note.token());
      c.setRequestProperty("Content-Type", "application/json");
      c.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      return new Answer(status, in == null ? ""
          : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      c.disconnect();
    }
  }

  private static byte[] json(List<String> paths) {
    try {
      return JSON.writeValueAsBytes(Map.of("paths", paths));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the paths as JSON", e);
    }
  }

  private static AddReport report(String body) {
    try {
      return JSON.readValue(body, AddReport.class);
    } catch (IOException e) {
      throw new IllegalStateException("the server's answer is not an add's report: " + e, e);
    }
  }

  /** The problem's detail, or the body itself when it is no problem detail. */
  private static String detail(String body) {
    try {
      JsonNode problem = JSON.readTree(body);
      return problem.hasNonNull("detail") ? problem.get("detail").asText() : body;
    } catch (IOException e) {
      return body;
    }
  }

  private static void pause() {
    try {
      Thread.sleep(BUSY_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the server", e);
    }
  }
}
