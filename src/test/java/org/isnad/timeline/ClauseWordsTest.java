package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;

/** What a report's clause says of its event, Arabic inline. */
class ClauseWordsTest {
  private static EventMention report(String sentence, String trigger) {
    return report("a", sentence, trigger);
  }

  private static EventMention report(String article, String sentence, String trigger) {
    int at = sentence.indexOf(trigger);
    return new EventMention(article + "-e" + sentence.length(), article, "ATTACK", trigger, at, at + trigger.length(), 0,
        sentence.length(), sentence, Modality.ASSERTED, null, null, null, List.of(), List.of(),
        null, null);
  }

  @Test
  void wordsOfSayingAndFunctionWordsSayNothingOfTheEvent() {
    EventMention m = report("وذكر البنتاجون وأنه قال إن الغارة استهدفت مسجد قوات الطوارئ",
        "الغارة");
    Set<String> words = new ClauseWords().of(List.of(m)).get(m);
    assertTrue(words.contains("مسجد"), words.toString());
    assertTrue(words.contains("الطوارئ") || words.contains("طوارئ"), words.toString());
    assertFalse(words.contains("وذكر") || words.contains("ذكر"), words.toString());
    assertFalse(words.contains("وانه") || words.contains("انه"), words.toString());
  }

  @Test
  void countriesTheirPeoplesAndTitlesSayNothingSpecific() {
    EventMention m = report("قرب الزبداني قتل اللبناني والسوري والفلسطينيون ورئيس تركيا",
        "قتل");
    Set<String> words = new ClauseWords().of(List.of(m)).get(m);
    assertTrue(words.contains("زبداني"), words.toString());
    for (String broad : List.of("لبناني", "سوري", "فلسطينيون", "سطينيون", "تركيا", "رئيس")) {
      assertFalse(words.contains(broad), broad + " in " + words);
    }
  }

  @Test
  void theTriggerItselfIsNoClauseWord() {
    EventMention m = report("قصفت الطائرات مخزنا للذخيرة", "قصفت");
    Map<EventMention, Set<String>> words = new ClauseWords().of(List.of(m));
    assertFalse(words.get(m).contains("قصفت"), words.get(m).toString());
  }

  /**
   * A word is rare when at most {@value ClauseWords#MIN_CAP} articles of a small block have it,
   * each article counted once however many of its reports have it; the same whether an
   * article's reports follow one another in the block or not.
   */
  @Test
  void aWordIsCountedOncePerArticleInAnyOrder() {
    List<EventMention> grouped = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String article = String.format("a%02d", i);
      // the first six articles name the town in both reports: 12 reports, 6 articles
      grouped.add(report(article, "انفجار سيارة مفخخة قرب مسجد الحي"
          + (i < 6 ? " في الزبداني" : ""), "انفجار"));
      grouped.add(report(article, i < 6 ? "واستهدف الانفجار بلدة الزبداني صباحا"
          : "واستهدف الانفجار بلدة مضايا صباحا", "الانفجار"));
    }
    Map<EventMention, Set<String>> words = new ClauseWords().of(grouped);
    EventMention first = grouped.get(0);
    EventMention second = grouped.get(1);
    assertFalse(words.get(first).contains("مفخخه"), words.get(first).toString());
    assertFalse(words.get(first).contains("مسجد"), words.get(first).toString());
    assertTrue(words.get(first).contains("زبداني"), words.get(first).toString());
    assertTrue(words.get(second).contains("زبداني"), words.get(second).toString());
    assertTrue(words.get(grouped.get(23)).contains("مضايا"), words.get(grouped.get(23)).toString());
    List<EventMention> interleaved = new java.util.ArrayList<>();
    for (int i = 0; i < grouped.size(); i += 2) {
      interleaved.add(grouped.get(i));
    }
    for (int i = 1; i < grouped.size(); i += 2) {
      interleaved.add(grouped.get(i));
    }
    Map<EventMention, Set<String>> again = new ClauseWords().of(interleaved);
    for (EventMention m : grouped) {
      org.junit.jupiter.api.Assertions.assertEquals(words.get(m), again.get(m), m.sentence());
    }
  }
}
