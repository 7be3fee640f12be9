package org.isnad.eval.time;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.eval.GoldRows;

/**
 * The time gold file: {@code S} rows (sentence pointers) and {@code T} rows (expressions), tab
 * separated, {@code #} comments (format in {@code eval/time/GUIDELINES.md}).
 */
public record TimeGold(List<GoldSentence> sentences, List<GoldTimex> timexes) {
  public TimeGold {
    sentences = List.copyOf(sentences);
    timexes = List.copyOf(timexes);
  }

  /** @throws IllegalArgumentException when a row is malformed, with its line number */
  public static TimeGold read(Path file) throws IOException {
    List<GoldSentence> sentences = new ArrayList<>();
    List<GoldTimex> timexes = new ArrayList<>();
    Map<String, GoldSentence> byId = new LinkedHashMap<>();
    GoldRows.read(file, f -> {
      if (f[0].equals("S") && f.length == 8) {
        GoldSentence s = new GoldSentence(f[1], f[2], Integer.parseInt(f[3]),
            Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7]);
        sentences.add(s);
        byId.put(s.sid(), s);
      } else if (f[0].equals("T") && f.length == 7 && byId.containsKey(f[1])) {
        timexes.add(new GoldTimex(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4],
            f[5], f[6]));
      } else {
        throw new IllegalArgumentException("expected an S row of 8 fields or a T row of 7"
            + " fields after its sentence");
      }
    });
    return new TimeGold(sentences, timexes);
  }

  /** Predictions of another system: {@code sid start end type value [mod]}, tab separated. */
  public static List<GoldTimex> readPredictions(Path file) throws IOException {
    List<GoldTimex> timexes = new ArrayList<>();
    GoldRows.read(file, f -> {
      if (f.length < 4) {
        throw new IllegalArgumentException("expected sid, start, end, type, value");
      }
      timexes.add(new GoldTimex(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
          f.length > 4 ? f[4] : "", f.length > 5 ? f[5] : ""));
    });
    return timexes;
  }
}
