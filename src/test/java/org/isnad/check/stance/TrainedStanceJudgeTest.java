package org.isnad.check.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.check.Judgement;
import org.isnad.check.Rationale;
import org.isnad.check.Stance;
import org.isnad.check.StanceJudge;
import org.isnad.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, the model file and the judge, on a small synthetic set written here. */
class TrainedStanceJudgeTest {
  static final String CLAIM = "غادر الرئيس بشار الأسد دمشق إلى موسكو يوم 8 ديسمبر";

  /** Synthetic pairs for three claims: agreeing, denying, discussing and unrelated articles. */
  static List<StanceTraining.Example> examples() {
    List<StanceTraining.Example> out = new ArrayList<>();
    String[] claims = {CLAIM, "أعلنت الحكومة رفع أسعار الوقود بنسبة 20 في المئة",
        "وقعت تركيا وروسيا اتفاقا لوقف إطلاق النار في إدلب"};
    for (int c = 0; c < claims.length; c++) {
      String id = "c" + c;
      String claim = claims[c];
      add(out, id, claim, claim + ". وقال مراسلنا إن ذلك جرى صباحا.", Stance.AGREE);
      add(out, id, claim, "أكدت مصادر رسمية الخبر: " + claim + ".", Stance.AGREE);
      add(out, id, claim, "خبر من مراسلنا.\n" + claim + " في الصباح.", Stance.AGREE);
      add(out, id, claim, "نفت الجهات الرسمية الخبر وقالت إنه شائعة لا صحة لها: " + claim
          + ".", Stance.DISAGREE);
      add(out, id, claim, "تتحدث تقارير غير مؤكدة عن الأمر، ولم يتسن التأكد. " + claim + "؟",
          Stance.DISCUSS);
      add(out, id, claim, "فاز فريق الهلال على النصر في مباراة كرة القدم مساء أمس.",
          Stance.UNRELATED);
      add(out, id, claim, "ارتفعت درجات الحرارة في الرياض إلى مستويات قياسية هذا الأسبوع.",
          Stance.UNRELATED);
    }
    return out;
  }

  private static void add(List<StanceTraining.Example> out, String id, String claim, String text,
      Stance gold) {
    out.add(new StanceTraining.Example(id, StanceFeatures.of(claim,
        StanceRulesTest.article(text)), gold));
  }

  @Test
  void trainingIsDeterministic() {
    assertEquals(StanceTraining.train(examples(), l -> { }).modelText(),
        StanceTraining.train(examples(), l -> { }).modelText());
  }

  @Test
  void theModelFileRoundTrips(@TempDir Path dir) throws IOException {
    TrainedStanceJudge trained = StanceTraining.train(examples(), l -> { });
    Path file = dir.resolve("stance.model");
    Files.writeString(file, trained.modelText(), StandardCharsets.UTF_8);
    StanceJudge read = StanceJudge.trained(file);
    assertEquals(trained.modelText(), ((TrainedStanceJudge) read).modelText());
    for (String text : List.of(CLAIM + ".", "نفت الحكومة أن " + CLAIM,
        "فاز فريق الهلال على النصر.")) {
      AnnotatedArticle a = StanceRulesTest.article(text);
      assertEquals(trained.judge(CLAIM, a), read.judge(CLAIM, a));
    }
  }

  @Test
  void anArticleThatRepeatsTheClaimAgreesWithItsSentenceAsRationale() {
    TrainedStanceJudge judge = StanceTraining.train(examples(), l -> { });
    String text = "خبر عاجل من العاصمة.\n" + CLAIM + " صباح اليوم.";
    Judgement j = judge.judge(CLAIM, StanceRulesTest.article(text));
    assertEquals(Stance.AGREE, j.stance(), j.toString());
    Rationale first = j.rationale().get(0);
    assertEquals(text.substring(first.start(), first.end()), first.sentence());
    assertTrue(first.sentence().startsWith(CLAIM), first.toString());
    assertTrue(j.score() > 0.25 && j.score() <= 1, j.toString());
  }

  @Test
  void anUnrelatedArticleHasNoRationale() {
    TrainedStanceJudge judge = StanceTraining.train(examples(), l -> { });
    Judgement j = judge.judge(CLAIM, StanceRulesTest.article(
        "فاز فريق الاتحاد على الأهلي في مباراة مثيرة."));
    assertEquals(Stance.UNRELATED, j.stance(), j.toString());
    assertEquals(List.of(), j.rationale());
  }

  @Test
  void aMissingModelNamesTheFileAndTheCommand(@TempDir Path dir) {
    Path missing = dir.resolve("none.model");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceJudge.trained(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("isnad train stance"), e.getMessage());
  }

  @Test
  void aMalformedModelNamesTheFileAndTheCommand(@TempDir Path dir) throws IOException {
    String good = StanceTraining.train(examples(), l -> { }).modelText();
    for (String bad : List.of("hello\n", good.replace("align-max\t", "align-most\t"),
        good.replace("disagree-threshold\t", "disagree-threshold\tx"),
        good.substring(0, good.length() / 2))) {
      Path file = dir.resolve("bad.model");
      Files.writeString(file, bad, StandardCharsets.UTF_8);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TrainedStanceJudge.read(file));
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("isnad train stance"), e.getMessage());
    }
  }
}
