package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Each function the timeline recalls gives, recalled, what it computes; a changed input (any
 * field the function reads) is computed again; a kept value cannot be changed by a caller.
 */
class TimelineRecallTest {
  private static final String SENTENCE = "قالت الشرطة إن مسلحين هاجموا نقطة تفتيش قرب مدينة"
      + " العريش صباح اليوم وأصابوا جنديين ثم فروا إلى منطقة صحراوية جنوب المدينة الساحلية";

  private static EventMention report(String article, String sentence, String trigger) {
    int at = sentence.indexOf(trigger);
    return new EventMention(article + "-e" + at, article, "ATTACK", trigger, 100 + at,
        100 + at + trigger.length(), 100, 100 + sentence.length(), sentence, Modality.ASSERTED,
        null, null, null, List.of(), List.of(), null, null);
  }

  /** A recall after a turn, so what the first linking asked is read from the former one. */
  private static TimelineRecall turned(TimelineRecall recall) {
    return recall.next();
  }

  @Test
  void aWindowIsRecalledAndAnotherTriggerOfTheSameSentenceIsReadAgain() {
    TimelineRecall recall = TimelineRecall.kept().next();
    EventMention early = report("a", SENTENCE, "هاجموا");
    EventMention late = report("b", SENTENCE, "فروا");
    ClauseWords kept = new ClauseWords(recall);
    assertEquals(new ClauseWords().of(List.of(early)).get(early),
        kept.of(List.of(early)).get(early));
    turned(recall);
    // the same sentence, another trigger: were the offset left out of the key, the early
    // trigger's window would be recalled here
    Set<String> lateWords = kept.of(List.of(late)).get(late);
    assertEquals(new ClauseWords().of(List.of(late)).get(late), lateWords);
    assertNotEquals(new ClauseWords().of(List.of(early)).get(early), lateWords);
    ClauseWords.Window key = ClauseWords.Window.of(early);
    assertSame(recall.windows.get(key, ClauseWords::window),
        recall.windows.get(new ClauseWords.Window(new String(SENTENCE), key.trigger()), w -> {
          throw new AssertionError("computed again: " + w);
        }));
  }

  @Test
  void aWindowIsReadFromTheTriggerOffsetInTheSentenceWhereverTheSentenceStarts() {
    EventMention m = report("a", SENTENCE, "هاجموا");
    EventMention moved = new EventMention(m.id(), m.articleId(), m.type(), m.trigger(),
        m.triggerStart() + 40, m.triggerEnd() + 40, m.start() + 40, m.end() + 40, m.sentence(),
        m.modality(), null, null, null, List.of(), List.of(), null, null);
    assertEquals(ClauseWords.Window.of(m), ClauseWords.Window.of(moved));
    assertEquals(new ClauseWords().of(List.of(m)).get(m),
        new ClauseWords().of(List.of(moved)).get(moved));
  }

  @Test
  void aSentencesWordsAreRecalledAndAnotherSentenceIsReadAgain() {
    TimelineRecall recall = TimelineRecall.kept().next();
    Set<String> first = recall.sentenceWords.get(SENTENCE, EventSources::words);
    assertEquals(EventSources.words(SENTENCE), first);
    turned(recall);
    assertSame(first, recall.sentenceWords.get(new String(SENTENCE), s -> Set.of()));
    String other = SENTENCE.replace("العريش", "رفح");
    Set<String> changed = recall.sentenceWords.get(other, EventSources::words);
    assertEquals(EventSources.words(other), changed);
    assertNotEquals(first, changed);
  }

  @Test
  void anArticlesLeadWordsAreRecalledByTitleAndText() {
    TimelineRecall recall = TimelineRecall.kept().next();
    Article a = ArticleBuilder.text(SENTENCE).id("a").document("d-a").title("هجوم العريش")
        .build();
    Article retitled = ArticleBuilder.text(SENTENCE).id("a").document("d-a")
        .title("اشتباكات سيناء الصحراوية").build();
    Article untitled = ArticleBuilder.text(SENTENCE).id("a").document("d-a").build();
    Set<String> lead = recall.leads.get(LeadKeywords.Lead.of(a), LeadKeywords::leadWords);
    assertEquals(LeadKeywords.leadWords(LeadKeywords.Lead.of(a)), lead);
    turned(recall);
    assertSame(lead, recall.leads.get(new LeadKeywords.Lead(a.title(), new String(a.text())),
        k -> Set.of()));
    for (Article changed : List.of(retitled, untitled)) {
      Set<String> words = recall.leads.get(LeadKeywords.Lead.of(changed),
          LeadKeywords::leadWords);
      assertEquals(LeadKeywords.leadWords(LeadKeywords.Lead.of(changed)), words);
      assertNotEquals(lead, words, changed.title());
    }
  }

  @Test
  void rareLeadWordsAreTheSameWithAndWithoutRecall() {
    TimelineRecall recall = TimelineRecall.kept();
    List<Article> articles = List.of(
        ArticleBuilder.text(SENTENCE).id("a").document("d-a").title("هجوم العريش").build(),
        ArticleBuilder.text(SENTENCE.replace("جنديين", "ثلاثة جنود")).id("b").document("d-b")
            .title("هجوم على نقطة تفتيش في العريش").build(),
        ArticleBuilder.text("فاز الفريق بالبطولة بعد مباراة صعبة في مدينة العريش").id("c")
            .document("d-c").build());
    Map<String, Set<String>> plain = new LeadKeywords().of(articles, 10);
    for (int round = 0; round < 3; round++) {
      recall.next();
      assertEquals(plain, new LeadKeywords(recall).of(articles, 10));
    }
  }

  @Test
  void namesWordsAndOutletKeysAreRecalledByName() {
    TimelineRecall recall = TimelineRecall.kept().next();
    LeadKeywords lead = new LeadKeywords(recall);
    Set<String> name = lead.nameWords("جان كلود يونكر");
    assertEquals(LeadKeywords.words("جان كلود يونكر"), name);
    assertEquals(ClauseWords.stems("جان كلود يونكر"),
        recall.clauseStems.get("جان كلود يونكر", ClauseWords::stems));
    SourceResolver resolver = new SourceResolver(Map.of(), Map.of(), Map.of(), Map.of(),
        recall);
    String key = resolver.keyOf("وكالة رويترز للأنباء");
    assertEquals(SourceResolver.key("وكالة رويترز للأنباء"), key);
    turned(recall);
    assertSame(name, lead.nameWords(new String("جان كلود يونكر")));
    assertSame(key, resolver.keyOf(new String("وكالة رويترز للأنباء")));
    assertEquals(LeadKeywords.words("دونالد توسك"), lead.nameWords("دونالد توسك"));
    assertEquals(SourceResolver.key("وكالة الأنباء الفرنسية"),
        resolver.keyOf("وكالة الأنباء الفرنسية"));
    assertNotSame(key, resolver.keyOf("وكالة الأنباء الفرنسية"));
  }

  @Test
  void whetherAReportOpensOtherNewsIsRecalledByItsSentenceAndTriggerOffset() {
    TimelineRecall recall = TimelineRecall.kept().next();
    String sentence = "وأعلن الجيش السيطرة على القرية. وفي حادثة منفصلة قتل شخصان في انفجار";
    EventMention first = report("a", sentence, "السيطرة");
    EventMention other = report("a", sentence, "قتل");
    boolean firstOpens = recall.otherNews.get(ClauseWords.Window.of(first), OtherNews::follows);
    assertEquals(OtherNews.follows(first), firstOpens);
    assertEquals(false, firstOpens);
    turned(recall);
    // the same sentence, a trigger after "وفي حادثة منفصلة": read again, not recalled
    assertEquals(true, recall.otherNews.get(ClauseWords.Window.of(other), OtherNews::follows));
    assertEquals(OtherNews.follows(other), true);
    assertEquals(false, recall.otherNews.get(ClauseWords.Window.of(first), w -> true));
  }

  @Test
  void namesAsShownAndOutletSpeakersAreRecalledByName() {
    TimelineRecall recall = TimelineRecall.kept().next();
    String name = "«وكالة الأنباء السورية  الرسمية»";
    String shown = recall.cleanNames.get(name, SourceResolver::clean);
    assertEquals(SourceResolver.clean(name), shown);
    boolean outlet = recall.outletNames.get(name, SourceResolver::namesOutlet);
    assertEquals(SourceResolver.namesOutlet(name), outlet);
    turned(recall);
    assertSame(shown, recall.cleanNames.get(new String(name), n -> "computed again"));
    String kind = "الوكالة الرسمية";
    assertEquals(SourceResolver.namesOutlet(kind),
        recall.outletNames.get(kind, SourceResolver::namesOutlet));
    assertNotEquals(outlet, recall.outletNames.get(kind, SourceResolver::namesOutlet));
  }

  @Test
  void whatANameIsIsRecalledByNameAndGivesTheBroadNamesReadWithoutRecall() {
    TimelineRecall recall = TimelineRecall.kept().next();
    assertEquals(BroadNames.Kind.COUNTRY, recall.nameKinds.get("سوريا", BroadNames.Kind::of));
    assertEquals(BroadNames.Kind.SPECIFIC, recall.nameKinds.get("يونكر", BroadNames.Kind::of));
    turned(recall);
    assertEquals(BroadNames.Kind.COUNTRY, recall.nameKinds.get(new String("سوريا"),
        n -> BroadNames.Kind.SPECIFIC));
    Map<String, org.isnad.model.Entity> entities = Map.of(
        "p1", new org.isnad.model.Entity("p1", org.isnad.model.EntityType.PLACE, "سوريا",
            List.of("السورية"), 1, List.of()),
        "p2", new org.isnad.model.Entity("p2", org.isnad.model.EntityType.PLACE, "العريش",
            List.of(), 1, List.of()),
        "p3", new org.isnad.model.Entity("p3", org.isnad.model.EntityType.PLACE, "الشرق الأوسط",
            List.of(), 1, List.of()));
    BroadNames plain = new BroadNames(entities);
    BroadNames recalled = new BroadNames(entities, recall);
    for (String id : entities.keySet()) {
      assertEquals(plain.contains(id), recalled.contains(id), id);
      assertEquals(plain.country(id), recalled.country(id), id);
    }
    assertEquals(true, recalled.country("p1"));
    assertEquals(false, recalled.contains("p2"));
    assertEquals(true, recalled.contains("p3") && !recalled.country("p3"));
  }

  @Test
  void keptSetsShareOneInstanceOfEachWordAndEqualTheComputedOnes() {
    TimelineRecall recall = TimelineRecall.kept().next();
    String other = "وقالت مصادر إن مسلحين آخرين هاجموا موقعا قرب العريش";
    Set<String> a = new java.util.HashSet<>();
    Set<String> b = new java.util.HashSet<>();
    a.addAll(recall.sentenceWords.get(SENTENCE, s -> EventSources.words(s, recall::word)));
    b.addAll(recall.sentenceWords.get(other, s -> EventSources.words(s, recall::word)));
    assertEquals(EventSources.words(SENTENCE), a);
    assertEquals(EventSources.words(other), b);
    String inA = a.stream().filter(w -> w.equals("مسلحين")).findFirst().orElseThrow();
    String inB = b.stream().filter(w -> w.equals("مسلحين")).findFirst().orElseThrow();
    assertSame(inA, inB);
    EventMention m = report("a", SENTENCE, "هاجموا");
    assertEquals(ClauseWords.window(ClauseWords.Window.of(m)),
        ClauseWords.window(ClauseWords.Window.of(m), recall::word));
    Article article = ArticleBuilder.text(SENTENCE).id("a").document("d-a").title("هجوم")
        .build();
    assertEquals(List.copyOf(LeadKeywords.leadWords(LeadKeywords.Lead.of(article))),
        List.copyOf(LeadKeywords.leadWords(LeadKeywords.Lead.of(article), recall::word)));
  }

  @Test
  void keptWordSetsCannotBeChanged() {
    TimelineRecall recall = TimelineRecall.kept().next();
    EventMention m = report("a", SENTENCE, "هاجموا");
    List<Set<String>> kept = List.of(
        recall.windows.get(ClauseWords.Window.of(m), ClauseWords::window),
        recall.sentenceWords.get(SENTENCE, EventSources::words),
        recall.leads.get(new LeadKeywords.Lead(null, SENTENCE), LeadKeywords::leadWords),
        new LeadKeywords(recall).nameWords("جان كلود يونكر"),
        recall.clauseStems.get("جان كلود يونكر", ClauseWords::stems));
    for (Set<String> words : kept) {
      assertThrows(UnsupportedOperationException.class, () -> words.add("كلمة"));
      assertThrows(UnsupportedOperationException.class, words::clear);
    }
  }

  @Test
  void noneKeepsNothingAndAKeptRecallForgetsWhatTwoLinkingsDidNotAsk() {
    TimelineRecall none = TimelineRecall.none();
    none.sentenceWords.get(SENTENCE, EventSources::words);
    assertEquals(0, none.next().size());
    TimelineRecall kept = TimelineRecall.kept().next();
    kept.sentenceWords.get(SENTENCE, EventSources::words);
    assertEquals(1, kept.size());
    kept.next();
    kept.next();
    assertEquals(0, kept.size());
  }
}
