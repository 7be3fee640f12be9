package org.isnad.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.eval.GoldRows;

/** The quote gold file: {@code S} rows (sentences) and {@code Q} rows (statements). */
public record QuoteGold(List<QuoteSentence> sentences, List<Statement> statements) {
  public QuoteGold {
    sentences = List.copyOf(sentences);
    statements = List.copyOf(statements);
  }

  /** @throws IllegalArgumentException when a row is malformed, with its line number */
  public static QuoteGold read(Path file) throws IOException {
    List<QuoteSentence> sentences = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    GoldRows.read(file, f -> {
      if (f[0].equals("S") && f.length == 11) {
        sentences.add(new QuoteSentence(f[1], f[2], i(f[3]), i(f[4]), i(f[5]), f[6], f[7], f[8],
            i(f[9]), i(f[10])));
        ids.add(f[1]);
      } else if (f[0].equals("Q") && f.length == 11 && ids.contains(f[1])) {
        statements.add(new Statement(f[1], i(f[2]), i(f[3]), i(f[4]), i(f[5]), f[6], i(f[7]),
            i(f[8]), f[9].equals("1"), f[10]));
      } else {
        throw new IllegalArgumentException("expected an S row of 11 fields or a Q row of 10"
            + " fields after its sentence");
      }
    });
    return new QuoteGold(sentences, statements);
  }

  private static int i(String s) {
    return Integer.parseInt(s.strip());
  }
}
