package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/store/adds}: {@code isnad add PATH… --store DIR} hands its add to the
 * server serving that store, so the case the server keeps in memory is used and kept. The body
 * is {@code {"paths": ["/abs/path", …]}}; the request must carry
 * {@code Authorization: Bearer LOCAL-TOKEN}, the token the server wrote to
 * {@code DIR/serving.json} (always, on loopback too, and whatever {@code --token} says: 401
 * otherwise). A path that is not absolute is a 400 problem. The add runs as a local add would,
 * one at a time with uploads (409 when busy), and the answer is its {@link
 * org.isnad.model.AddReport}. Without a store the route answers 404.
 */
final class LocalAddRoute {
  /** The route's path. */
  static final String PATH = ApiRoutes.BASE + "/store/adds";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PathAdds adds;
  private final byte[] expected;
  private final AddGuard guard;

  /** The route adding through {@code adds} ({@code null}: none) for callers with {@code token}. */
  LocalAddRoute(PathAdds adds, String token, AddGuard guard) {
    this.adds = adds;
    this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    this.guard = guard;
  }

  void handle(Context ctx) {
    if (adds == null || expected == null) {
      throw new ProblemException(Problem.notFound("adds by path need a store: isnad serve "
          + "--store DIR"));
    }
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ProblemException(Problem.unauthorized());
    }
    List<String> paths = paths(ctx.bodyAsBytes());
    ctx.contentType("application/json").result(ApiServer.json(guard.run(
        "another add is writing to the store (an upload, or an add isnad add handed over); "
            + "wait for it to end",
        () -> adds.add(paths))));
  }

  /** The absolute paths of the body; a 400 problem naming what is wrong with it. */
  static List<String> paths(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      throw Params.bad("paths", "the body must be JSON {\"paths\": [\"/abs/path\", …]}");
    }
    JsonNode array = root == null ? null : root.get("paths");
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw Params.bad("paths", "the body must hold a non-empty array paths of absolute paths");
    }
    List<String> paths = new ArrayList<>();
    for (JsonNode p : array) {
      if (!p.isTextual() || !absolute(p.asText())) {
        throw Params.bad("paths", "each path must be absolute: " + p);
      }
      paths.add(p.asText());
    }
    return paths;
  }

  private static boolean absolute(String path) {
    try {
      return Path.of(path).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
