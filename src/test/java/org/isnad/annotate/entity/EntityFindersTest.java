package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The finders the annotator is made of, each alone on normalised text (roles, outlets, the
 * cleaning of the tagger's names), and what the annotator promises about its input and offsets.
 */
class EntityFindersTest {
  private static String normal(String text) {
    return ArabicNormalizer.standard().normalizeToString(text);
  }

  /** The phrases of the mentions, in the order found. */
  private static List<String> phrases(String text, List<RawMention> mentions) {
    return mentions.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  private static RawMention span(String text, String phrase, EntityType type) {
    int start = text.indexOf(phrase);
    return new RawMention(start, start + phrase.length(), type);
  }

  @Test
  void aRoleRunsFromItsHeadToAFunctionWordPunctuationOrAName() {
    RoleFinder roles = new RoleFinder();
    String text = normal("وقال وزير الخارجية الإيراني في مؤتمر صحفي");
    assertEquals(List.of(normal("وزير الخارجية الإيراني")), phrases(text, roles.find(text,
        List.of())));
    String spokesman = normal("وقال المتحدث باسم الكرملين، دميتري بيسكوف، إن");
    assertEquals(List.of(normal("المتحدث باسم الكرملين")), phrases(spokesman,
        roles.find(spokesman, List.of())));
    String named = normal("التقى الرئيس فلاديمير بوتين أمس");
    assertEquals(List.of(normal("الرئيس")), phrases(named, roles.find(named,
        List.of(span(named, normal("فلاديمير بوتين"), EntityType.PERSON)))),
        "a name found by the tagger ends the role");
    assertEquals(List.of(EntityType.ROLE), roles.find(text, List.of()).stream()
        .map(RawMention::type).toList());
  }

  @Test
  void aRoleGluedToAProcliticStartsAfterIt() {
    RoleFinder roles = new RoleFinder();
    String text = normal("وأكد لوزير الدفاع أن");
    List<RawMention> found = roles.find(text, List.of());
    assertEquals(List.of(normal("وزير الدفاع")), phrases(text, found));
    assertEquals(text.indexOf("لوزير") + 1, found.get(0).start());
  }

  @Test
  void aRoleStopsAtItsWordLimitAndATextWithoutHeadHasNone() {
    RoleFinder roles = new RoleFinder();
    String text = normal("قال نائب رئيس مجلس إدارة الشركة القابضة العربية الكبرى");
    assertEquals(List.of(normal("نائب رئيس مجلس إدارة الشركة القابضة")), phrases(text,
        roles.find(text, List.of())), "six words at most");
    // known: the limit cuts a longer title («… العربية الكبرى» is left out).
    assertEquals(List.of(), roles.find(normal("هطلت أمطار غزيرة على المدينة"), List.of()));
  }

  @Test
  void anOutletIsAHeadWithItsNameOrAListedName() {
    OutletFinder outlets = new OutletFinder(OutletLexicon.bundled());
    String text = normal("وذكرت وكالة رويترز نقلا عن صحيفة \"عكاظ\" أن");
    assertEquals(List.of(normal("وكالة رويترز"), normal("صحيفة \"عكاظ\"")), phrases(text,
        outlets.find(text)));
    String listed = normal("بحسب رويترز وفرانس برس");
    assertEquals(List.of(normal("رويترز"), normal("فرانس برس")), phrases(listed,
        outlets.find(listed)), "a glued و stays outside a listed name");
    assertEquals(List.of(EntityType.OUTLET, EntityType.OUTLET), outlets.find(listed).stream()
        .map(RawMention::type).toList());
  }

  @Test
  void aPlatformOrAHeadAloneIsNoOutlet() {
    OutletFinder outlets = new OutletFinder(OutletLexicon.bundled());
    for (String text : List.of("كتب على موقع \"فيسبوك\" أن", "قالت الصحيفة إن الوزير غادر",
        "وصلت وكالة أنباء إلى المدينة")) {
      String normal = normal(text);
      assertEquals(List.of(), phrases(normal, outlets.find(normal)), text);
    }
  }

  @Test
  void theCleanerTrimsEdgesPossessivesNumbersAndOtherScripts() {
    NameCleaner cleaner = new NameCleaner();
    String text = normal("وروى صقر أن حسن يحيى 2018 قابل خالد لطفي Facebook ثم أعلنت طالبان"
        + " مسؤوليتها");
    TextWords words = new TextWords(text);
    List<RawMention> tagged = List.of(span(text, normal("وروى صقر"), EntityType.PERSON),
        span(text, normal("حسن يحيى 2018"), EntityType.PERSON),
        span(text, normal("خالد لطفي Facebook"), EntityType.PERSON),
        span(text, normal("طالبان مسؤوليتها"), EntityType.ORG));
    assertEquals(List.of(normal("صقر"), normal("حسن يحيى"), normal("خالد لطفي"),
        normal("طالبان")), phrases(text, cleaner.clean(text, words, tagged)));
  }

  @Test
  void theCleanerDropsNonNamesAndTypesASurnameAsItsPerson() {
    NameCleaner cleaner = new NameCleaner();
    String text = normal("قال حسن فلارك إن فلارك لم يحضر في يناير");
    TextWords words = new TextWords(text);
    int second = text.lastIndexOf(normal("فلارك"));
    List<RawMention> cleaned = cleaner.clean(text, words, List.of(
        span(text, normal("حسن فلارك"), EntityType.PERSON),
        new RawMention(second, second + normal("فلارك").length(), EntityType.OTHER),
        span(text, normal("يناير"), EntityType.OTHER)));
    assertEquals(List.of(normal("حسن فلارك"), normal("فلارك")), phrases(text, cleaned),
        "a month is no name");
    assertEquals(List.of(EntityType.PERSON, EntityType.PERSON), cleaned.stream()
        .map(RawMention::type).toList());
  }

  @Test
  void theAnnotatorRefusesNullsAndGivesOffsetsInTheOriginalText() {
    assertThrows(NullPointerException.class, () -> new EntityAnnotator(null));
    EntityAnnotator annotator = new EntityAnnotator(words -> List.of());
    assertThrows(NullPointerException.class, () -> annotator.annotate((org.isnad.model.Article) null));
    // diacritics and a letter outside the basic plane before the role: offsets are code points
    // of the text as written, and the mention's text is the original, diacritics and all
    String text = "\uD835\uDC00 قالَ وزيرُ الخارجيّة الإيراني إنّ";
    Article article = ArticleBuilder.text(text).published(null).build();
    List<EntityMention> mentions = annotator.annotate(article);
    assertEquals(1, mentions.size(), mentions.toString());
    EntityMention role = mentions.get(0);
    assertEquals("وزيرُ الخارجيّة الإيراني", role.text());
    assertEquals(EntityType.ROLE, role.type());
    int start = text.codePointCount(0, text.indexOf("وزيرُ"));
    assertEquals(List.of(start, start + role.text().codePointCount(0, role.text().length())),
        List.of(role.start(), role.end()));
  }
}
