package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Syndicated copies are found, different reports of the same day are not. */
class NearDuplicateFinderTest {
  private static final String REPORT = "قالت وكالة رويترز إن الرئيس السوري بشار الأسد غادر دمشق"
      + " على متن طائرة متجهة إلى قاعدة حميميم الروسية قبل ساعات من دخول فصائل المعارضة إلى"
      + " العاصمة، وفقاً لثلاثة مصادر مطلعة تحدثت شريطة عدم الكشف عن هويتها، وأضافت المصادر أن"
      + " الأسد لم يبلغ أقرب مساعديه بخطته وأن أفراد عائلته كانوا قد غادروا قبل ذلك بأيام.";
  private static final String OTHER = "أعلنت وزارة الصحة السورية ارتفاع حصيلة ضحايا الانفجار الذي"
      + " وقع في مدينة إدلب صباح اليوم إلى خمسة قتلى وعشرات الجرحى، فيما تواصل فرق الدفاع المدني"
      + " البحث عن مفقودين تحت أنقاض المبنى المنهار في حي سكني مكتظ بالسكان شمال المدينة.";

  private static NearDuplicateFinder.Text text(String id, String text) {
    return new NearDuplicateFinder.Text(id, text);
  }

  @Test
  void anEditedCopyIsACopyOfTheFirst() {
    String edited = ("دمشق (الاتحاد) - " + REPORT).replace("غادر", "هرب من")
        .replace("بأيام", "بأسبوع");
    Map<String, String> copies = new NearDuplicateFinder().copies(List.of(
        text("a", REPORT), text("b", OTHER), text("c", edited), text("d", REPORT + " والله أعلم")));
    assertEquals(Map.of("c", "a", "d", "a"), copies);
  }

  @Test
  void aTextContainedInALongerOneIsACopy() {
    Map<String, String> copies = new NearDuplicateFinder().copies(List.of(
        text("long", REPORT + " " + OTHER.substring(0, OTHER.length() / 2)),
        text("short", REPORT)));
    assertEquals(Map.of("short", "long"), copies);
  }

  @Test
  void shortTextsAndUnrelatedTextsAreNeverCopies() {
    assertTrue(new NearDuplicateFinder().copies(List.of(text("a", "عاجل: انفجار في إدلب"),
        text("b", "عاجل: انفجار في إدلب"), text("c", REPORT), text("d", OTHER))).isEmpty());
  }

  @Test
  void copiesAreFoundAmongManyRandomTexts() {
    Random random = new Random(20261123);
    String[] vocabulary = (REPORT + " " + OTHER).split(" ");
    List<NearDuplicateFinder.Text> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 80; w++) {
        b.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      texts.add(text("r" + i, b.toString()));
    }
    texts.add(text("copy", texts.get(17).text() + " المصدر: رويترز"));
    assertEquals(Map.of("copy", "r17"), new NearDuplicateFinder().copies(texts));
  }

  /**
   * Signatures read ahead (as each article leaves the article pass), for some texts or all, give
   * the copies found without them: a signature is the text's alone, and a pair's check reads the
   * texts' shingles again.
   */
  @Test
  void signaturesReadAheadGiveTheSameCopies() {
    String edited = ("دمشق (الاتحاد) - " + REPORT).replace("غادر", "هرب من");
    List<NearDuplicateFinder.Text> texts = List.of(text("a", REPORT), text("b", OTHER),
        text("c", edited), text("d", "عاجل: انفجار في إدلب"), text("e", REPORT + " والله أعلم"));
    Map<String, String> expected = Map.of("c", "a", "e", "a");
    assertEquals(expected, new NearDuplicateFinder().copies(texts));
    assertEquals(expected, new NearDuplicateFinder().copies(texts,
        NearDuplicateFinder.Signature::of));
    assertEquals(expected, new NearDuplicateFinder().copies(texts,
        t -> t.equals(REPORT) || t.startsWith("عاجل") ? NearDuplicateFinder.Signature.of(t)
            : null));
  }

  /**
   * Checks recalled from an earlier linking give the copies a fresh finder finds, also when texts
   * were added (a new copy of an old text, a new unrelated text); and a recalled check is really
   * read: a verdict kept for the pair (earlier text, later text) decides that pair.
   */
  @Test
  void recalledChecksGiveTheSameCopies() {
    String edited = ("دمشق (الاتحاد) - " + REPORT).replace("غادر", "هرب من");
    org.isnad.text.Recall<NearDuplicateFinder.Pair, Boolean> checks =
        org.isnad.text.Recall.kept();
    NearDuplicateFinder recalling = new NearDuplicateFinder(checks);
    List<NearDuplicateFinder.Text> first = List.of(text("a", REPORT), text("b", OTHER),
        text("c", edited));
    assertEquals(Map.of("c", "a"), recalling.copies(first));
    assertEquals(1, checks.size(), "the one candidate pair (a, c) is kept");
    checks.turn();
    List<NearDuplicateFinder.Text> second = new ArrayList<>(first);
    second.add(text("d", REPORT + " والله أعلم"));
    second.add(text("e", OTHER.replace("خمسة", "ستة") + " المصدر: سانا"));
    Map<String, String> fresh = new NearDuplicateFinder().copies(second);
    assertEquals(Map.of("c", "a", "d", "a", "e", "b"), fresh);
    assertEquals(fresh, recalling.copies(second));

    org.isnad.text.Recall<NearDuplicateFinder.Pair, Boolean> wrong = org.isnad.text.Recall.kept();
    wrong.get(new NearDuplicateFinder.Pair(REPORT, edited), pair -> false);
    assertEquals(Map.of(), new NearDuplicateFinder(wrong).copies(first));
  }

  /**
   * Verdicts reached elsewhere (as a Spark job's executors check the candidate pairs on the
   * texts' {@link NearDuplicateFinder.Shingles}) give the copies the finder finds itself, and are
   * really read: every candidate pair is asked by ids, earlier first, and a verdict decides its
   * pair (a false verdict on (a, c) parts them).
   */
  @Test
  void verdictsReachedElsewhereGiveTheSameCopies() {
    String edited = ("دمشق (الاتحاد) - " + REPORT).replace("غادر", "هرب من");
    List<NearDuplicateFinder.Text> texts = List.of(text("a", REPORT), text("b", OTHER),
        text("c", edited), text("d", REPORT + " والله أعلم"));
    Map<String, String> byId = new java.util.HashMap<>();
    texts.forEach(t -> byId.put(t.id(), t.text()));
    List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());
    NearDuplicateFinder.Verdicts checkedElsewhere = (first, second) -> {
      asked.add(first + second);
      return NearDuplicateFinder.Shingles.of(byId.get(first))
          .copies(NearDuplicateFinder.Shingles.of(byId.get(second)));
    };
    Map<String, String> expected = new NearDuplicateFinder().copies(texts);
    assertEquals(Map.of("c", "a", "d", "a"), expected);
    assertEquals(expected, new NearDuplicateFinder(org.isnad.text.Recall.none(),
        checkedElsewhere).copies(texts, NearDuplicateFinder.Signature::of));
    assertTrue(asked.containsAll(List.of("ac", "ad")), asked.toString());
    assertTrue(asked.stream().allMatch(p -> p.charAt(0) < p.charAt(1)), asked.toString());
    NearDuplicateFinder.Verdicts partAC = (first, second) ->
        first.equals("a") && second.equals("c") ? Boolean.FALSE : null;
    List<NearDuplicateFinder.Text> threeTexts = texts.subList(0, 3);
    assertEquals(Map.of("c", "a"), new NearDuplicateFinder().copies(threeTexts));
    assertEquals(Map.of(), new NearDuplicateFinder(org.isnad.text.Recall.none(), partAC)
        .copies(threeTexts));
  }

  /** The pairs of a bucket: each member after the first with the first and the one before. */
  @Test
  void aBucketPairsEachMemberWithTheFirstAndTheOneBefore() {
    List<String> pairs = new ArrayList<>();
    NearDuplicateFinder.bucketPairs(List.of("a", "b", "c", "d"), (x, y) -> pairs.add(x + y));
    assertEquals(List.of("ab", "ab", "ac", "bc", "ad", "cd"), pairs);
  }

  /**
   * Words are the runs of letters and numbers ({@code [\\p{L}\\p{N}]+}), read without cutting the
   * text into strings: digits of any script, a letter outside the basic plane and numbers like
   * "½" are words; punctuation and an emoji part them.
   */
  @Test
  void wordsAreRunsOfLettersAndNumbersOfAnyScript() {
    String text = "قال المتحدث،\"إن ١٢٣ شخصاً (½ العدد) 😀وصلوا\" Rome-2024 Ⅻ 𝐀𝐁c أمس؟ ثم غادروا"
        + " جميعاً إلى المدينة في الصباح الباكر";
    String words = String.join(" ", org.isnad.text.ArabicNormalizer.standard()
        .normalizeToString(text).split("[^\\p{L}\\p{N}]+")).strip();
    assertTrue(NearDuplicateFinder.shingles(text).length > 10);
    assertEquals(java.util.Arrays.toString(NearDuplicateFinder.shingles(words)),
        java.util.Arrays.toString(NearDuplicateFinder.shingles(text)));
  }
}
