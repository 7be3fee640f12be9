package org.isnad.eval.stance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny stance gold in the layout of Baly et al. (2018), written by the test (never the
 * research data): four claims in two folds, each with two agreeing articles (the second's
 * rationale on line 1), one denying, one discussing and two unrelated; the last article of C4,
 * unrelated, is labelled discuss (a gold mistake the scores must show).
 */
public final class SyntheticGold {
  private SyntheticGold() {}

  static final String[] CLAIMS = {
      "غادر الرئيس بشار الأسد دمشق إلى موسكو يوم 8 ديسمبر",
      "أعلنت الحكومة رفع أسعار الوقود بنسبة 20 في المئة",
      "وقعت تركيا وروسيا اتفاقا لوقف إطلاق النار في إدلب",
      "افتتح الملك جسرا جديدا على نهر النيل في القاهرة"};

  /** Writes the gold into {@code dir}: folds.txt and dataset/C*.json. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("dataset"));
    Files.writeString(dir.resolve("folds.txt"), "Fold_1: C1 C2\nFold_2: C3 C4\n",
        StandardCharsets.UTF_8);
    for (int c = 0; c < CLAIMS.length; c++) {
      Files.writeString(dir.resolve("dataset/C" + (c + 1) + ".json"),
          new ObjectMapper().writeValueAsString(claim("C" + (c + 1), CLAIMS[c])),
          StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static Map<String, Object> claim(String id, String claim) {
    List<String> articles = new ArrayList<>(List.of(
        claim + ". وقال مراسلنا إن ذلك جرى صباحا.",
        "خبر من مراسلنا.\n" + claim + " في الصباح.",
        "نفت الجهات الرسمية الخبر وقالت إنه شائعة لا صحة لها: " + claim + ".",
        "تتحدث تقارير غير مؤكدة عن الأمر، ولم يتسن التأكد. " + claim + "؟",
        "فاز فريق الهلال على النصر في مباراة كرة القدم مساء أمس.",
        "ارتفعت درجات الحرارة في الرياض إلى مستويات قياسية هذا الأسبوع."));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("claim", claim);
    json.put("fact", "true");
    json.put("article", articles);
    json.put("url", List.of("u1", "u2", "u3", "u4", "u5", "u6"));
    json.put("stance", List.of("agree", "agree", "disagree", "discuss", "unrelated",
        id.equals("C4") ? "discuss" : "unrelated"));
    json.put("rationale", List.of("[0]", "[1]", "[0]", "", "", ""));
    return json;
  }
}
