package org.isnad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.isnad.timeline.EventTypeLabels;

/**
 * The web app's files and the OpenAPI document, read once from the jar
 * ({@code org/isnad/serve/web/}). Only the files named here are served, so no request path can
 * reach another resource. The Arabic labels are served with the event types' names added under
 * {@code eventTypes} from the engine ({@link EventTypeLabels}), the names the summaries use, so
 * the app never holds a second Arabic list of them; the English names live in
 * {@code labels-en.json}. Immutable after construction.
 */
final class WebAssets {
  private static final String ROOT = "/org/isnad/serve/";
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "style.css", "text/css; charset=utf-8",
      "labels-ar.json", "application/json; charset=utf-8",
      "labels-en.json", "application/json; charset=utf-8");
  private static final String ARABIC_LABELS = "labels-ar.json";
  private static final String EVENT_TYPES = "eventTypes";
  private final Map<String, byte[]> files = new HashMap<>();
  private final byte[] openApi;

  WebAssets() {
    TYPES.keySet().forEach(name -> files.put(name, read(ROOT + "web/" + name)));
    files.put(ARABIC_LABELS, withEventTypes(files.get(ARABIC_LABELS)));
    openApi = read(ROOT + "openapi.json");
  }

  private static byte[] withEventTypes(byte[] labels) {
    try {
      ObjectMapper json = new ObjectMapper();
      ObjectNode tree = (ObjectNode) json.readTree(labels);
      tree.set(EVENT_TYPES, json.valueToTree(EventTypeLabels.arabic()));
      return json.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ARABIC_LABELS, e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /** The bytes of the web app's file {@code name}, if it is one. */
  Optional<byte[]> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  /** The content type of the web app's file {@code name}. */
  String type(String name) {
    return TYPES.get(name);
  }

  byte[] openApi() {
    return openApi;
  }
}
