package org.isnad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A synthetic JSONL corpus rich in near-duplicate copies: {@code stories} texts of random news
 * words, each published {@code copies} more times by other outlets with a few words changed and
 * a line added, at random dates (so a copy often comes before its first line in the file), and
 * {@code others} unrelated texts. Deterministic for a seed.
 */
final class NearCopies {
  private static final String[] WORDS = ("قال وزير الخارجية إن الحكومة ستعقد اجتماعا طارئا في"
      + " العاصمة بعد ساعات من الهجوم الذي استهدف مقر الشرطة وأسفر عن مقتل خمسة أشخاص وإصابة"
      + " عشرين آخرين بينهم أطفال ونساء وأضاف المتحدث أن قوات الأمن اعتقلت ثلاثة مشتبه بهم"
      + " فيما أعلنت وزارة الصحة حالة الطوارئ في المستشفيات وطالبت الأمم المتحدة بتحقيق مستقل"
      + " وأكد مصدر مطلع أن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في مدينة جدة الرياض"
      + " القاهرة عمان بيروت دمشق بغداد الكويت الدوحة أبوظبي").split(" ");
  private static final String[] OUTLETS = {"alriyadh", "okaz", "aawsat", "alyaum", "sabq"};

  private NearCopies() {}

  static List<String> lines(long seed, int stories, int copies, int others) {
    Random random = new Random(seed);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < stories + others; s++) {
      String text = words(random, 120);
      int times = s < stories ? copies + 1 : 1;
      for (int c = 0; c < times; c++) {
        String version = c == 0 ? text : changed(random, text);
        ObjectNode line = json.createObjectNode();
        line.put("url", "http://example.org/" + s + "/" + c);
        line.put("title", words(random, 6));
        line.put("text", version);
        line.put("published", String.format("2015-%02d-%02d 10:00:00", 1 + random.nextInt(12),
            1 + random.nextInt(28)));
        line.put("outlet", OUTLETS[random.nextInt(OUTLETS.length)]);
        lines.add(line.toString());
      }
    }
    Collections.shuffle(lines, random);
    return lines;
  }

  private static String words(Random random, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
      if (i % 15 == 14) {
        b.append('.');
      }
    }
    return b.append('.').toString();
  }

  /** The text with three words replaced and a sentence added at its end. */
  private static String changed(Random random, String text) {
    String[] words = text.split(" ");
    for (int k = 0; k < 3; k++) {
      words[random.nextInt(words.length)] = WORDS[random.nextInt(WORDS.length)];
    }
    return String.join(" ", words) + " " + words(random, 8);
  }
}
