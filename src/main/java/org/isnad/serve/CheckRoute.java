package org.isnad.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Set;
import org.isnad.check.CheckJson;
import org.isnad.check.ClaimChecker;
import org.isnad.check.ClaimsFile;

/**
 * {@code POST /api/v1/check}: the body {@code {"claim": "…", "urls": [ … ]}} ({@code urls}
 * optional) checked against the served case, answered as one claim of {@code isnad check}'s
 * JSON. Without a stance model (none at {@code --stance-model} when the server started) it
 * answers 503 saying how to build one; a body that is not such an object is a 400 naming
 * {@code body}, {@code claim} or {@code urls}.
 */
final class CheckRoute {
  static final String PATH = ApiRoutes.BASE + "/check";
  /** What a server without a model answers. */
  static final String NO_MODEL = "no stance model loaded: build one with ./isnad train stance, "
      + "then restart isnad serve (--stance-model FILE, default models/stance.model)";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ClaimChecker checker;

  /** @param checker the checker over the served case, or {@code null} without a model */
  CheckRoute(ClaimChecker checker) {
    this.checker = checker;
  }

  void handle(Context ctx) {
    new Params(ctx, Set.of());
    if (checker == null) {
      throw new ProblemException(Problem.unavailable(NO_MODEL));
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw Params.bad("body", "the body is not JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw Params.bad("body", "the body could not be read: " + e.getMessage());
    }
    if (body == null || !body.isObject()) {
      throw Params.bad("body", "the body must be a JSON object {\"claim\": …, \"urls\": […]}");
    }
    ClaimsFile.Line line = ClaimsFile.line(1, body.toString());
    if (line.request() == null) {
      String problem = line.problem().replaceFirst("^line 1:? ?", "");
      throw Params.bad(problem.contains("url") ? "urls" : "claim", problem);
    }
    ctx.contentType("application/json").result(CheckJson.bytes(checker.check(line.request())));
  }
}
