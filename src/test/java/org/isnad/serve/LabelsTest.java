package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.isnad.model.Basis;
import org.isnad.model.WhenBasis;
import org.isnad.model.EntityType;
import org.isnad.model.Outcome;
import org.isnad.model.ProblemCode;
import org.isnad.model.Skipped;
import org.isnad.timeline.BasisPhrases;
import org.isnad.timeline.EventTypeLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web app's labels as the server serves them, checked without a browser: both languages
 * name the same things; every event type is named in both, the Arabic names being the engine's
 * (those its summaries begin with); every count has the plural forms its language needs
 * (Arabic: zero, one, two, few, many, other); every entity type, document outcome and date
 * basis the API spells is named; no English label holds an Arabic letter.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LabelsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ARABIC_PLURALS =
      List.of("zero", "one", "two", "few", "many", "other");

  private static JsonNode served(String name) throws IOException {
    return JSON.readTree(new WebAssets().file(name).orElseThrow());
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void bothLanguagesNameTheSameThings() throws IOException {
    JsonNode ar = served("labels-ar.json");
    JsonNode en = served("labels-en.json");
    assertEquals(keys(ar), keys(en));
    for (String key : keys(ar)) {
      assertEquals(ar.get(key).getNodeType(), en.get(key).getNodeType(), key);
      if (ar.get(key).isObject()) {
        assertEquals(keys(ar.get(key)), keys(en.get(key)), key);
      }
      if (ar.get(key).isArray() && !key.equals(WebAssets.BASIS_PHRASES)) {
        assertEquals(ar.get(key).size(), en.get(key).size(), key);
      }
    }
  }

  @Test
  void everyEventTypeIsNamedInBothLanguagesTheArabicAsTheSummariesName() throws IOException {
    Set<String> types = EventTypeLabels.arabic().keySet();
    assertFalse(types.isEmpty());
    JsonNode ar = served("labels-ar.json").get("eventTypes");
    JsonNode en = served("labels-en.json").get("eventTypes");
    assertEquals(new TreeSet<>(types), keys(ar));
    assertEquals(new TreeSet<>(types), keys(en));
    EventTypeLabels.arabic().forEach((type, label) ->
        assertEquals(label, ar.get(type).asText(), type));
    assertEquals("هجوم", ar.get("ATTACK").asText());
  }

  /**
   * Why reports were merged reads in Arabic from the engine's one phrase table, served whole
   * (the same pairs in the same order as the static report replaces them); the English labels
   * replace nothing, the engine writing the basis in English.
   */
  @Test
  void theArabicLabelsCarryTheEnginesBasisPhrases() throws IOException {
    JsonNode ar = served("labels-ar.json").get(WebAssets.BASIS_PHRASES);
    List<Map.Entry<String, String>> phrases = BasisPhrases.arabic();
    assertFalse(phrases.isEmpty());
    assertEquals(phrases.size(), ar.size());
    for (int i = 0; i < phrases.size(); i++) {
      assertEquals(phrases.get(i).getKey(), ar.get(i).get(0).asText(), "phrase " + i);
      assertEquals(phrases.get(i).getValue(), ar.get(i).get(1).asText(), "phrase " + i);
    }
    assertEquals("المقال نفسه", BasisPhrases.arabic("same article"));
    assertEquals(0, served("labels-en.json").get(WebAssets.BASIS_PHRASES).size());
  }

  @Test
  void countsHaveTheFormsTheirLanguageNeeds() throws IOException {
    JsonNode ar = served("labels-ar.json").get("counts");
    JsonNode en = served("labels-en.json").get("counts");
    for (String noun : keys(ar)) {
      assertEquals(new TreeSet<>(ARABIC_PLURALS), keys(ar.get(noun)), noun);
      for (String form : List.of("few", "many", "other")) {
        assertTrue(ar.get(noun).get(form).asText().contains("{n}"), noun + " " + form);
      }
      assertTrue(keys(en.get(noun)).containsAll(List.of("one", "other")), noun);
      assertTrue(en.get(noun).get("other").asText().contains("{n}"), noun);
    }
    assertEquals("تقريران", ar.get("reports").get("two").asText());
  }

  @Test
  void everyValueTheApiSpellsIsNamed() throws IOException {
    for (JsonNode labels : List.of(served("labels-ar.json"), served("labels-en.json"))) {
      for (EntityType type : EntityType.values()) {
        assertTrue(labels.get("entityTypes").has(type.name().toLowerCase(Locale.ROOT)),
            type.name());
      }
      Arrays.stream(Outcome.values()).forEach(o ->
          assertTrue(labels.get("outcomeNames").has(o.code()), o.code()));
      Arrays.stream(Basis.values()).forEach(b ->
          assertTrue(labels.get("publishedBases").has(b.json()), b.json()));
      Set<String> whenBases = new TreeSet<>(Set.of("none"));
      Arrays.stream(WhenBasis.values()).forEach(b -> whenBases.add(b.label()));
      assertEquals(whenBases, keys(labels.get("whenBases")), "whenBases");
      for (String status : List.of("corroborated", "contested", "single-source", "asserted",
          "negated", "unrealised")) {
        assertTrue(labels.has(status), status);
      }
    }
  }

  /**
   * The audit names every reason a document or a path gave no article: each problem code of
   * the engine and each skipped path's code has a label in both languages (a new code without
   * one fails here), and no label names a code the engine does not have.
   */
  @Test
  void everyProblemAndSkipCodeIsNamedInBothLanguages() throws IOException {
    Set<String> problems = new TreeSet<>();
    Arrays.stream(ProblemCode.values()).forEach(c -> problems.add(c.code()));
    for (JsonNode labels : List.of(served("labels-ar.json"), served("labels-en.json"))) {
      assertEquals(problems, keys(labels.get("problemNames")), labels.get("lang").asText());
      assertEquals(new TreeSet<>(Skipped.CODES), keys(labels.get("skipNames")),
          labels.get("lang").asText());
      for (String table : List.of("problemNames", "skipNames")) {
        labels.get(table).forEach(v -> assertFalse(v.asText().isBlank(), table));
      }
    }
    assertEquals("صفحة بلا نص", served("labels-ar.json").get("problemNames").get("no-content")
        .asText());
  }

  @Test
  void noEnglishLabelHoldsAnArabicLetter() throws IOException {
    JsonNode en = served("labels-en.json");
    for (String key : keys(en)) {
      if (!key.startsWith("switchLanguage")) {
        assertFalse(en.get(key).toString().codePoints().anyMatch(c ->
            Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC), key);
      }
    }
  }

  /**
   * Known outlets are named in both languages from the one resource file, each code and host of
   * an outlet with the same name; SaudiNewsNet's codes are all there.
   */
  @Test
  void knownOutletsAreNamedInBothLanguages() throws IOException {
    JsonNode ar = served("labels-ar.json").get("outletNames");
    JsonNode en = served("labels-en.json").get("outletNames");
    assertEquals(keys(ar), keys(en));
    for (String code : List.of("alriyadh", "aljazirah", "alyaum", "aleqtisadiya", "aawsat",
        "okaz", "alwatan", "almadina", "alweeam", "3alyoum", "sabq", "was", "arreyadi",
        "arriyadiyah")) {
      assertTrue(ar.has(code), code);
    }
    assertEquals("عكاظ", ar.get("okaz").asText());
    assertEquals("Okaz", en.get("okaz").asText());
    assertEquals(ar.get("okaz"), ar.get("okaz.com.sa"));
  }
}
