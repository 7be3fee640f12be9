package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The one list of speech verbs: tags select each reader's forms, and no other file repeats one. */
class SpeechVerbsTest {
  /** Every rule file that listed speech-verb forms before issue 16 (missing ones are skipped). */
  private static final List<String> FILES = List.of("text/speech-verbs.txt",
      "annotate/quote/speech-verbs.txt", "annotate/ner/name-cue-verbs.txt",
      "annotate/entity/speech-verbs.txt", "annotate/quote/continuations.txt",
      "annotate/quote/lead-relay-verbs.txt", "annotate/quote/telling-verbs.txt",
      "annotate/entity/non-name-edges.txt", "annotate/entity/function-words.txt",
      "timeline/stop-words.txt", "annotate/event/event-clauses.txt");
  private static final Set<String> VERB_FILES = Set.of("text/speech-verbs.txt",
      "annotate/quote/speech-verbs.txt", "annotate/ner/name-cue-verbs.txt",
      "annotate/entity/speech-verbs.txt");

  @Test
  void noSpeechVerbFormIsListedInTwoRuleFiles() throws IOException {
    Map<String, Set<String>> words = new TreeMap<>();
    Set<String> verbs = new HashSet<>();
    Set<String> otherWords = new HashSet<>();
    for (String file : FILES) {
      for (String line : lines(file)) {
        boolean homograph = line.startsWith("~");
        for (String field : entries(file, line)) {
          String form = fold(field);
          words.computeIfAbsent(form, f -> new HashSet<>()).add(file);
          if (VERB_FILES.contains(file)) {
            (homograph ? otherWords : verbs).add(form);
          }
        }
      }
    }
    verbs.removeAll(otherWords);
    List<String> repeated = new ArrayList<>();
    for (String verb : verbs) {
      if (words.get(verb).size() > 1) {
        repeated.add(verb + " " + words.get(verb));
      }
    }
    assertEquals(List.of(), repeated);
  }

  @Test
  void tagsSelectEachReadersForms() {
    List<String> name = SpeechVerbs.tagged(SpeechVerbs.Tag.NAME);
    assertTrue(name.contains("قال") && name.contains("كشفت"), name.toString());
    assertFalse(name.contains("صرحت"), "«صرحت» is no name cue: " + name);
    List<String> entity = SpeechVerbs.tagged(SpeechVerbs.Tag.ENTITY);
    assertTrue(entity.contains("كتب") && entity.contains("يقول"), entity.toString());
    assertEquals(List.of("أضاف", "أضافت", "تابع", "تابعت", "أردف", "أردفت", "استطرد",
        "استطردت"), SpeechVerbs.tagged(SpeechVerbs.Tag.CONTINUES));
  }

  @Test
  void cueLinesKeepTheQuoteAnnotatorsVerbsOnly() {
    List<String> lines = SpeechVerbs.cueLines();
    assertEquals("قال\tقالت\tقالوا\tقالا\tقالتا", lines.get(0));
    assertTrue(lines.contains("~بين\tبينت\tبينوا\tبينا\tبينتا"), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("كتب") || l.contains(":")),
        lines.toString());
  }

  private static List<String> entries(String file, String line) {
    if (file.endsWith("event-clauses.txt")) {
      String[] f = line.split("\t");
      return f.length == 2 && f[0].equals("OPENER") ? List.of(f[1]) : List.of();
    }
    List<String> entries = new ArrayList<>();
    for (String field : line.replaceFirst("^[~-]", "").split("\t")) {
      int colon = field.indexOf(':');
      entries.add(colon < 0 ? field : field.substring(0, colon));
    }
    return entries;
  }

  private static String fold(String word) {
    return ArabicNormalizer.standard().normalizeToString(word).strip();
  }

  private static List<String> lines(String file) throws IOException {
    try (InputStream in = SpeechVerbsTest.class.getResourceAsStream("/org/isnad/" + file)) {
      if (in == null) {
        return List.of();
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    }
  }
}
