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
    int at = sentence.indexOf(trigger);
    return new EventMention("a-e1", "a", "ATTACK", trigger, at, at + trigger.length(), 0,
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
}
