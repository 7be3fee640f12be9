package org.isnad.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The web app's files and the OpenAPI document, read once from the jar
 * ({@code org/isnad/serve/web/}). Only the files named here are served, so no request path can
 * reach another resource. Immutable after construction.
 */
final class WebAssets {
  private static final String ROOT = "/org/isnad/serve/";
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "style.css", "text/css; charset=utf-8",
      "labels-ar.json", "application/json; charset=utf-8",
      "labels-en.json", "application/json; charset=utf-8");
  private final Map<String, byte[]> files = new HashMap<>();
  private final byte[] openApi;

  WebAssets() {
    TYPES.keySet().forEach(name -> files.put(name, read(ROOT + "web/" + name)));
    openApi = read(ROOT + "openapi.json");
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
