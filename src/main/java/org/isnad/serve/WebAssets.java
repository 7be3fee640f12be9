package org.isnad.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.timeline.BasisPhrases;
import org.isnad.timeline.EventTypeLabels;

/**
 * The web app's files and the OpenAPI document, read once from the jar
 * ({@code org/isnad/serve/web/}). Only the files named here are served, so no request path can
 * reach another resource. The Arabic labels are served with the event types' names added under
 * {@code eventTypes} from the engine ({@link EventTypeLabels}), the names the summaries use, so
 * the app never holds a second Arabic list of them; the English names live in
 * {@code labels-en.json}. Likewise the engine's Arabic reading of why reports were merged
 * ({@link BasisPhrases}) is served as the Arabic labels' {@code basisPhrases}, pairs of English
 * phrase and Arabic reading in the order to replace them; the English labels' list is empty
 * (the engine writes the basis in English). The display names of known outlets
 * ({@link OutletNames}) are served as both labels' {@code outletNames}, code to name.
 *
 * <p>The app is plain ES modules ({@link #MODULES}), each served as JavaScript from
 * {@code /app/NAME}; {@code app.js} is the one the page loads and imports the others. Immutable
 * after construction.
 */
final class WebAssets {
  private static final String ROOT = "/org/isnad/serve/";
  /** The app's JavaScript modules, entry first. */
  static final List<String> MODULES = List.of("app.js", "router.js", "api.js", "i18n.js",
      "dom.js", "pieces.js", "page-timeline.js", "page-event.js", "page-article.js",
      "page-entity.js", "page-stories.js", "page-search.js", "page-upload.js", "page-audit.js",
      "page-check.js");
  private static final Map<String, String> TYPES = types();
  private static final String ARABIC_LABELS = "labels-ar.json";
  private static final String EVENT_TYPES = "eventTypes";
  private static final String ENGLISH_LABELS = "labels-en.json";
  private static final String OUTLET_NAMES = "outletNames";
  /** The key of the basis phrases in both labels. */
  static final String BASIS_PHRASES = "basisPhrases";
  private final Map<String, byte[]> files = new HashMap<>();
  private final byte[] openApi;

  private static Map<String, String> types() {
    Map<String, String> types = new HashMap<>(Map.of(
        "index.html", "text/html; charset=utf-8",
        "style.css", "text/css; charset=utf-8",
        ARABIC_LABELS, "application/json; charset=utf-8",
        ENGLISH_LABELS, "application/json; charset=utf-8"));
    MODULES.forEach(m -> types.put(m, "text/javascript; charset=utf-8"));
    return Map.copyOf(types);
  }

  WebAssets() {
    TYPES.keySet().forEach(name -> files.put(name, read(ROOT + "web/" + name)));
    files.put(ARABIC_LABELS, withEngineLabels(files.get(ARABIC_LABELS), true));
    files.put(ENGLISH_LABELS, withEngineLabels(files.get(ENGLISH_LABELS), false));
    openApi = read(ROOT + "openapi.json");
  }

  private static byte[] withEngineLabels(byte[] labels, boolean arabic) {
    try {
      ObjectMapper json = new ObjectMapper();
      ObjectNode tree = (ObjectNode) json.readTree(labels);
      ArrayNode phrases = tree.putArray(BASIS_PHRASES);
      tree.set(OUTLET_NAMES, json.valueToTree(OutletNames.of(arabic)));
      if (arabic) {
        tree.set(EVENT_TYPES, json.valueToTree(EventTypeLabels.arabic()));
        BasisPhrases.arabic().forEach(p -> phrases.addArray().add(p.getKey()).add(p.getValue()));
      }
      return json.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the labels", e);
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
