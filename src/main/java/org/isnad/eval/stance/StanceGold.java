package org.isnad.eval.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.check.Stance;

/**
 * The stance gold of Baly et al. (2018) as its folder holds it: {@code folds.txt} (a line
 * {@code Fold_N: ID ID …} a fold) and {@code dataset/ID.json} (a claim, parallel lists
 * {@code article}, {@code url}, {@code stance}, {@code rationale}; a rationale is a string such as
 * {@code "[2, 5]"} of 0-based '\n'-line indexes of the article). Research data: read, never
 * copied into the project.
 */
public final class StanceGold {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StanceGold() {}

  /** A claim of the gold with its fold and articles. */
  public record Claim(String id, int fold, String text, List<Pair> pairs) {
    public Claim {
      pairs = List.copyOf(pairs);
    }
  }

  /** An article of a claim: its text, url (or null), gold stance and rationale lines. */
  public record Pair(String text, String url, Stance stance, List<Integer> rationale) {
    public Pair {
      rationale = List.copyOf(rationale);
    }
  }

  /**
   * The claims of folds {@code 1..folds} in {@code folder}, in the order of {@code folds.txt}.
   *
   * @throws IllegalArgumentException when the folder is not such a gold (naming what is missing
   *     or malformed)
   */
  public static List<Claim> read(Path folder, int folds) throws IOException {
    Path list = folder.resolve("folds.txt");
    if (!Files.isRegularFile(list)) {
      throw new IllegalArgumentException("no folds.txt in " + folder);
    }
    List<Claim> claims = new ArrayList<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length < 2 || !parts[0].matches("Fold_\\d+:")) {
        continue;
      }
      int fold = Integer.parseInt(parts[0].substring(5, parts[0].length() - 1));
      for (int i = 1; i < parts.length && fold <= folds; i++) {
        claims.add(claim(folder.resolve("dataset").resolve(parts[i] + ".json"), parts[i], fold));
      }
    }
    return claims;
  }

  private static Claim claim(Path file, String id, int fold) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("claim file not found: " + file);
    }
    JsonNode json = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    JsonNode articles = json.path("article");
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      JsonNode url = json.path("url").path(i);
      pairs.add(new Pair(articles.get(i).asText(""), url.isTextual() ? url.asText() : null,
          Stance.of(json.path("stance").path(i).asText()),
          lines(json.path("rationale").path(i).asText(""))));
    }
    return new Claim(id, fold, json.path("claim").asText(""), pairs);
  }

  /** The line indexes of a rationale string such as {@code "[2, 5]"} (none when empty). */
  static List<Integer> lines(String rationale) {
    List<Integer> lines = new ArrayList<>();
    for (String cell : rationale.replaceAll("[\\[\\]]", " ").split("[,\\s]+")) {
      if (!cell.isBlank()) {
        lines.add(Integer.parseInt(cell.strip()));
      }
    }
    return lines;
  }
}
