package org.isnad.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a claims file: JSON Lines, one {@code {"id": …, "claim": …, "urls": [ … ]}} a line
 * ({@code id} a string or number, optional; {@code urls} optional). Blank lines are skipped. A
 * line that is not such an object is a {@link Line} with its problem, never an exception, so one
 * bad line costs only its claim.
 */
public final class ClaimsFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClaimsFile() {}

  /**
   * One line: the request, or why it could not be read (then {@code request} is null).
   *
   * @param number the line number, from 1
   */
  public record Line(int number, ClaimRequest request, String id, String problem) { }

  /**
   * The lines of {@code file}.
   *
   * @throws IllegalArgumentException when the file cannot be read, naming it
   */
  public static List<Line> read(Path file) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (!text.isBlank()) {
          lines.add(line(number, text));
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the claims file " + file + ": " + e, e);
    }
    return lines;
  }

  /** One line read (also what {@code POST /api/v1/check} reads its body with). */
  public static Line line(int number, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new Line(number, null, null, "line " + number + " is not JSON: "
          + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Line(number, null, null, "line " + number + " is not a JSON object");
    }
    String id = node.hasNonNull("id") && node.get("id").isValueNode() ? node.get("id").asText()
        : null;
    JsonNode claim = node.get("claim");
    if (claim == null || !claim.isTextual()) {
      return new Line(number, null, id, "line " + number + " has no \"claim\" string");
    }
    List<String> urls = new ArrayList<>();
    JsonNode given = node.get("urls");
    if (given != null && !given.isNull()) {
      if (!given.isArray()) {
        return new Line(number, null, id, "line " + number + ": \"urls\" must be a list");
      }
      for (JsonNode u : given) {
        if (!u.isTextual()) {
          return new Line(number, null, id, "line " + number + ": every url must be a string: "
              + u);
        }
        urls.add(u.asText());
      }
    }
    try {
      return new Line(number, new ClaimRequest(id, claim.asText(), urls), id, null);
    } catch (IllegalArgumentException e) {
      return new Line(number, null, id, "line " + number + ": " + e.getMessage());
    }
  }
}
