package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.Training.Name;
import org.isnad.eval.GoldRows;

/**
 * Reads a span name gold ({@code eval/ner-baly/gold.tsv}): {@code S} rows point to a sentence
 * ({@code sid file index start end sha1-8 outlet}), {@code N} rows give a name in it
 * ({@code sid start end type}).
 */
public final class NameGold {
  private static final Set<String> TYPES = Set.of("PERS", "LOC", "ORG", "MISC");

  private NameGold() {}

  /** @throws IllegalArgumentException when a row is malformed, with its line number */
  public static List<NameSentence> read(Path file) throws IOException {
    Map<String, String[]> heads = new LinkedHashMap<>();
    Map<String, List<Name>> names = new LinkedHashMap<>();
    GoldRows.read(file, f -> {
      if (f[0].equals("S") && f.length == 8) {
        heads.put(f[1], f);
        names.put(f[1], new ArrayList<>());
      } else if (f[0].equals("N") && f.length == 5 && names.containsKey(f[1])
          && TYPES.contains(f[4])) {
        names.get(f[1]).add(new Name(Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
      } else {
        throw new IllegalArgumentException("expected an S row of 8 fields or an N row of 5"
            + " fields (type PERS, LOC, ORG or MISC) after its sentence");
      }
    });
    List<NameSentence> sentences = new ArrayList<>();
    heads.forEach((sid, f) -> sentences.add(new NameSentence(sid, f[2], Integer.parseInt(f[3]),
        Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7], names.get(sid))));
    return sentences;
  }
}
