package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Language rules live in UTF-8 rule files, never in Java: no string, character or text-block
 * literal of {@code src/main/java} holds an Arabic letter (Arabic punctuation such as ، ؛ ؟ and
 * digits may stay; comments and javadoc examples may hold any Arabic).
 */
class NoArabicLiteralsTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void noArabicLetterInAJavaLiteral() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        for (String literal : arabicLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
          found.add(name + ": " + literal);
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theScannerSeesLiteralsAndSkipsComments() {
    String source = "// «قال» in a comment\n/* «أمس» */ class A {\n"
        + "  /** «اليوم» */ String a = \"x\\\"ال\"; char c = 'و'; String b = \"، ؟\";\n"
        + "  String t = \"\"\"\n    منذ\n    \"\"\";\n}\n";
    assertEquals(List.of("\"x\\\"ال\"", "'و'", "\"\"\"\n    منذ\n    \"\"\""),
        arabicLiterals(source));
  }

  /** The string, character and text-block literals of {@code source} that hold an Arabic letter. */
  static List<String> arabicLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      int end;
      if (source.startsWith("//", i)) {
        end = lineEnd(source, i);
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2) + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3) + 3;
        add(literals, source.substring(i, end));
      } else if (c == '"' || c == '\'') {
        end = quoted(source, i, c);
        add(literals, source.substring(i, end));
      } else {
        end = i + 1;
      }
      i = end;
    }
    return literals;
  }

  private static int lineEnd(String s, int from) {
    int end = s.indexOf('\n', from);
    return end < 0 ? s.length() : end;
  }

  private static int quoted(String s, int open, char quote) {
    int j = open + 1;
    while (s.charAt(j) != quote) {
      j += s.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  private static void add(List<String> literals, String literal) {
    if (literal.chars().anyMatch(ch -> Character.isLetter(ch)
        && Character.UnicodeScript.of(ch) == Character.UnicodeScript.ARABIC)) {
      literals.add(literal);
    }
  }
}
