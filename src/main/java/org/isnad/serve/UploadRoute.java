package org.isnad.serve;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.model.AddOutcome;

/**
 * {@code POST /api/v1/documents}: the request body is one page (HTML or text), a WARC or a
 * JSONL file; the {@code name} parameter's extension, else the content type, says which. One
 * add at a time ({@link AddGuard}, shared with adds handed over by {@code isnad add}): another
 * one meanwhile is answered 409 (not queued), as is one while another process adds to the
 * store. The answer lists each document with what became of it. Without a store (an analysis
 * served from inputs) the route answers 404.
 */
final class UploadRoute {
  private static final Map<String, String> TYPES = Map.of("text/html", ".html",
      "application/xhtml+xml", ".html", "text/plain", ".txt", "application/warc", ".warc",
      "application/jsonl", ".jsonl", "application/x-ndjson", ".jsonl",
      "application/x-jsonlines", ".jsonl");
  private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".txt", ".warc",
      ".jsonl");
  private final Uploads uploads;
  private final AddGuard guard;

  UploadRoute(Uploads uploads, AddGuard guard) {
    this.uploads = uploads;
    this.guard = guard;
  }

  /** The answer: each document of the upload with its outcome. */
  record Answer(List<AddOutcome> documents) { }

  void handle(Context ctx) {
    Params p = new Params(ctx, Set.of("name"));
    if (uploads == null) {
      throw new ProblemException(Problem.notFound("uploads need a store: isnad serve "
          + "--store DIR"));
    }
    String name = name(p.text("name"), ctx.contentType());
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw Params.bad("body", "the request body is empty: send the file's bytes");
    }
    Answer answer = guard.run("another upload is being added: send this one when it has "
        + "been answered", () -> new Answer(uploads.add(name, body)));
    ctx.contentType("application/json").result(ApiServer.json(answer));
  }

  /** The file name to add under: the given one when its extension is known, else by type. */
  static String name(String given, String contentType) {
    if (given != null) {
      String lower = given.toLowerCase(Locale.ROOT);
      if (EXTENSIONS.stream().anyMatch(lower::endsWith)) {
        return given;
      }
      throw Params.bad("name", "name must end in .html, .htm, .txt, .warc or .jsonl: " + given);
    }
    String type = contentType == null ? "" : contentType.split(";")[0].strip()
        .toLowerCase(Locale.ROOT);
    String extension = TYPES.get(type);
    if (extension == null) {
      throw Params.bad("name", "give a name (page.html, page.txt, crawl.warc, pages.jsonl) or "
          + "a content type of a page, WARC or JSONL: " + (type.isEmpty() ? "none" : type));
    }
    return "upload" + extension;
  }
}
