package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name rules after the tagger, on the errors of issue 15 and their like. */
class EntityAnnotatorTest {

  /** A tagger that tags each listed phrase (words as the annotator splits them) where it occurs. */
  private static NameTagger tagging(Map<String, String> phrases) {
    return words -> {
      List<NameTagger.Name> names = new ArrayList<>();
      phrases.forEach((phrase, type) -> {
        List<String> p = List.of(phrase.split(" "));
        for (int i = 0; i + p.size() <= words.size(); i++) {
          if (words.subList(i, i + p.size()).equals(p)) {
            names.add(new NameTagger.Name(i, i + p.size(), type));
          }
        }
      });
      return names;
    };
  }

  private static List<EntityMention> annotate(String text, Map<String, String> tagged) {
    Article article = ArticleBuilder.text(text).build();
    return new EntityAnnotator(tagging(tagged)).annotate(article);
  }

  private static String typed(List<EntityMention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).map(m -> m.type().name())
        .findFirst().orElse("none");
  }

  /** Text, the tagger's phrase and type ("-" for none), then the mention expected and its type. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // organisation heads with their complements
      "قصف الجيش الإسرائيلي المنطقة|-|-|الجيش الإسرائيلي|ORG",
      "أعلن الجيش اللبناني مقتل جندي|-|-|الجيش اللبناني|ORG",
      "وافق مجلس الوزراء على القرار|-|-|مجلس الوزراء|ORG",
      "قالت وزارة الخارجية في بيان|-|-|وزارة الخارجية|ORG",
      "رفضت الحكومة اللبنانية الطلب|-|-|الحكومة اللبنانية|ORG",
      "تبنت حركة الجهاد الإسلامي العملية|الجهاد الإسلامي|ORG|حركة الجهاد الإسلامي|ORG",
      "أرسل فيلق القدس خبراء|القدس|LOC|فيلق القدس|ORG",
      "سيطرت هيئة تحرير الشام على المدينة|الشام|LOC|هيئة تحرير الشام|ORG",
      "دعا حزب الله أنصاره|-|-|حزب الله|ORG",
      "اجتمع مجلس الأمن الدولي أمس|مجلس|ORG|مجلس الأمن الدولي|ORG",
      "قالت وزارة الصحة السورية إن|-|-|وزارة الصحة السورية|ORG",
      "وقضت محكمة العدل العليا بذلك|-|-|محكمة العدل العليا|ORG",
      "وطلبت النيابة العامة حبسه|-|-|النيابة العامة|ORG",
      "أعلن الهلال الأحمر السوري وصول قافلة|-|-|الهلال الأحمر السوري|ORG",
      "واعتقلت قوات الشرطة التركية شخصين|-|-|الشرطة التركية|ORG",
      "وقال المرصد السوري إن|-|-|المرصد السوري|ORG",
      "وقصفت طائرات النظام السوري المدينة|-|-|النظام السوري|ORG",
      "تسيطر الوحدات الكردية على المدينة|-|-|الوحدات الكردية|ORG",
      "وانتشل الدفاع المدني الجثث|-|-|الدفاع المدني|ORG",
      "واعترض الدفاع الجوي السوري صاروخين|-|-|الدفاع الجوي|ORG",
      "وقصفت طائرات نظام الأسد المدينة|الأسد|PERS|نظام الأسد|ORG",
      "وعبروا نهر الفرات ليلا|الفرات|LOC|نهر الفرات|PLACE",
      "وقصفت الطائرات وبلدة كفرعايا ليلا|وبلدة كفرعايا|LOC|كفرعايا|PLACE",
      "وقال حسن يحيى 2018 إن|حسن يحيى 2018|PERS|حسن يحيى|PERSON",
      "وقال محمد جواد ظريف إن|محمد جواد|PERS|محمد جواد ظريف|PERSON",
      "وفاز محمود علاء ومحمود الونش أمس|محمود علاء,ومحمود الونش|PERS|محمود الونش|PERSON",
      "كتب خالد لطفي Facebook أمس|خالد لطفي Facebook|PERS|خالد لطفي|PERSON",
      "درس في كاليفورنيا سنوات|كاليفورنيا|LOC|كاليفورنيا|PLACE",
      "على ما أوضح \"دوجاريك\" أمس|دوجاريك|MISC|دوجاريك|PERSON",
      "وذكر نون بوست أن|-|-|نون بوست|OUTLET",
      "وقال رئيس الجمهورية الإسلامية الإيرانية إن|-|-|الجمهورية الإسلامية الإيرانية|PLACE",
      "التقى فلاديمير بوتين ودونالد ترامب أمس|فلاديمير بوتين,ودونالد ترامب|PERS|دونالد ترامب"
          + "|PERSON",
      "التقى النائب أحمد وليد دحام أمس|أحمد,وليد دحام|PERS|وليد دحام|PERSON",
      // surnames of heads of state
      "وقال ترامب إن القرار نهائي|-|-|ترامب|PERSON",
      "ورد لترمب بأن الموقف ثابت|-|-|ترمب|PERSON",
      // spans cut and run on
      "قصفت الطائرات قطاع غزة ليلا|غزة|LOC|قطاع غزة|PLACE",
      "وصل الحجاج إلى مكة المكرمة أمس|مكة|LOC|مكة المكرمة|PLACE",
      "الأمم المتحدة بيروت - قالت المنظمة|الأمم المتحدة بيروت|ORG|الأمم المتحدة|ORG",
      "الأمم المتحدة بيروت - قالت المنظمة|الأمم المتحدة بيروت|ORG|بيروت|PLACE",
      "هبطت الطائرة في قاعدة حميميم الجوية|حميميم|ORG|قاعدة حميميم|PLACE",
      "قصفت المدفعية ريف حلب الشمالي|حلب|LOC|ريف حلب|PLACE",
      "قصفت المدفعية محافظة دير الزور|دير الزور|LOC|دير الزور|PLACE",
      "وقف الحجاج عند المسجد الحرام الله أكبر|الحرام الله|PERS|المسجد الحرام|PLACE",
      "درس في جامعة دمشق سنوات|دمشق|LOC|جامعة دمشق|ORG",
      "سافر على متن طيران الإمارات أمس|طيران الإمارات|ORG|طيران الإمارات|ORG",
      // clitics stay outside
      "زار الوفد سوريا وإسرائيل|وإسرائيل|LOC|إسرائيل|PLACE",
      "انضم لمنظمة الفرانكفونية عام 1990|-|-|منظمة الفرانكفونية|ORG",
      "وروى صقر تفاصيل اللقاء|وروى صقر|PERS|صقر|PERSON",
      "زار الوفد الأردن ثم عاد كالأردن|كالأردن|LOC|الأردن|PLACE",
      // names that run on over a common noun
      "وأعلنت طالبان مسؤوليتها عن الهجوم|طالبان مسؤوليتها|ORG|طالبان|ORG",
      "وصل صقر الخميس إلى دمشق|صقر الخميس|PERS|صقر|PERSON",
      // quoted names are whole
      "قال “حسن فلارك” إن الرئيس غادر|حسن|PERS|حسن فلارك|PERSON",
      // a surname of the article's person is that person
      "قال حسن فلارك إن “فلارك” يعرف|حسن فلارك|PERS|فلارك|PERSON",
  })
  void rulesAfterTheTagger(String text, String phrase, String type, String expected,
      String expectedType) {
    Map<String, String> tagged = new java.util.HashMap<>();
    for (String p : phrase.split(",")) {
      if (!p.equals("-")) {
        tagged.put(p, type);
      }
    }
    if (expected.equals("فلارك") && text.contains("“فلارك”")) {
      tagged = Map.of(phrase, type, "فلارك", "MISC");
    }
    assertEquals(expectedType, typed(annotate(text, tagged), expected), text + " "
        + annotate(text, tagged));
  }

  /** Text and a tagged word that is no name: nothing is found there. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "تحدث التقرير عن كواليس الاتصالات|كواليس",
      "ندعو الله وأن يمن على المصابين بالشفاء|يمن",
      "في نيسان الماضي وقع الاتفاق|نيسان",
      "ثم قال الحرام الله أعلم|الحرام الله",
      "دان|دان",
      "بلغ السعر مئة ريال للطن|ريال",
      "وصل الوفد يوم الخميس|الخميس",
      "تقدمت القوات العراقية نحو المدينة|-",
      "قصفت قوات النظام الحي|-",
      "قصفت القوات الحكومية الحي|-",
      "وتعطل النظام الإلكتروني للمطار|-",
      "وأصلح المزارعون نظام الري|-",
      "وتقدمت وحدات الهندسة ببطء|-",
      "قاتل الأكراد في المدينة|الأكراد",
      "ومقاتلي الأكراد على الحدود|الأكراد",
      "a loss of control in the north|of control",
  })
  void commonWordsAreNoNames(String text, String word) {
    List<EntityMention> mentions = annotate(text,
        word.equals("-") ? Map.of() : Map.of(word, "ORG"));
    assertTrue(mentions.stream().noneMatch(m -> m.type() != EntityType.ROLE
        && (word.equals("-") || m.text().contains(word))), mentions.toString());
  }

  @Test
  void aSpeechVerbGluedToAndIsNoPartOfAName() {
    List<EntityMention> mentions = annotate("وروى صقر تفاصيل اللقاء", Map.of("وروى صقر",
        "PERS"));
    assertEquals(1, mentions.size(), mentions.toString());
    assertEquals(5, mentions.get(0).start());
    assertEquals(8, mentions.get(0).end());
  }

  @Test
  void aGluedLetterStaysOutsideWhenTheRestIsANameOfTheArticle() {
    String text = "تحدث عن روسيا ثم قال إن بروسيا مصالح";
    List<EntityMention> mentions = annotate(text, Map.of("روسيا", "LOC", "بروسيا", "LOC"));
    assertEquals(List.of("روسيا", "روسيا"), mentions.stream().map(EntityMention::text).toList());
    assertEquals(text.indexOf("بروسيا") + 1, mentions.get(1).start());
    List<EntityMention> alone = annotate("قال إن بكارلوس مصالح", Map.of("بكارلوس", "PERS"));
    assertEquals("بكارلوس", alone.get(0).text());
  }

  @Test
  void offsetsStartAfterTheClitic() {
    String text = "انضمّ لمنظمة الفرانكفونية";
    EntityMention m = annotate(text, Map.of()).get(0);
    assertEquals("منظمة الفرانكفونية", m.text());
    assertEquals(text.codePoints().count() - m.text().codePoints().count(), m.start());
    assertEquals(text.codePoints().count(), m.end());
  }

  @Test
  void aNameGluedToADatelineIsCut() {
    List<EntityMention> mentions = annotate("الأمم المتحدة بيروت - قالت",
        Map.of("الأمم المتحدة بيروت", "ORG"));
    assertEquals(List.of("الأمم المتحدة", "بيروت"), mentions.stream().map(EntityMention::text)
        .toList());
  }

  @Test
  void aPlatformAfterSiteIsNoOutlet() {
    for (String text : List.of("نشر على موقع “تويتر” صورة", "كتب على موقع «فيسبوك» أن")) {
      assertTrue(annotate(text, Map.of()).stream().noneMatch(m -> m.type() == EntityType.OUTLET),
          text);
    }
    assertEquals("OUTLET", typed(annotate("نشرت صحيفة “الحياة” صورة", Map.of()),
        "صحيفة “الحياة”"));
  }

  @Test
  void aHeadWithoutComplementIsNoOrganisation() {
    List<EntityMention> mentions = annotate("أعلنت الحركة أن الحزب قد قرر", Map.of());
    assertTrue(mentions.isEmpty(), mentions.toString());
    assertFalse(annotate("تنتشر قوات في سوريا", Map.of("سوريا", "LOC")).stream()
        .anyMatch(m -> m.text().startsWith("قوات")));
  }
}
