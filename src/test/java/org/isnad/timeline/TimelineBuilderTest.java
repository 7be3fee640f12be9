package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.ConflictField;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.EventStatus;
import org.isnad.model.Modality;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.isnad.model.Timeline;
import org.isnad.model.WhenBasis;
import org.junit.jupiter.api.Test;

/** Event coreference, conflicts and source counting on small hand-made runs. */
class TimelineBuilderTest {
  private static final String SENTENCE = "غادر الأسد دمشق إلى موسكو";

  private static Article article(String id, String outlet, String text) {
    return ArticleBuilder.text(text).id(id).document("d-" + id).title("عنوان " + id).outlet(outlet)
        .published(Published.fromMetadata("2024-12-09", "test")).build();
  }

  private static EventMention depart(String article, String when) {
    return new EventMention(article + "-e1", article, "DEPART", "غادر", 0, 4, 0, SENTENCE.length(),
        SENTENCE, Modality.ASSERTED, when, null, when == null ? null : WhenBasis.SENTENCE,
        List.of("assad"), List.of("damascus", "moscow"), null, null);
  }

  private static List<EntityMention> names(String article) {
    return List.of(new EntityMention(article, 5, 10, "الأسد", EntityType.PERSON, "assad"),
        new EntityMention(article, 11, 15, "دمشق", EntityType.PLACE, "damascus"),
        new EntityMention(article, 20, 25, "موسكو", EntityType.PLACE, "moscow"));
  }

  private static Timeline build(List<Article> articles, List<EventMention> mentions,
      List<Quote> quotes) {
    return build(articles, mentions, quotes, List.of());
  }

  private static Timeline build(List<Article> articles, List<EventMention> mentions,
      List<Quote> quotes, List<org.isnad.model.Entity> entities) {
    List<EntityMention> entityMentions = articles.stream()
        .flatMap(a -> names(a.id()).stream()).toList();
    return new TimelineBuilder().build(new TimelineBuilder.Input(articles, mentions, quotes,
        entityMentions, entities));
  }

  /**
   * Three reports of one departure: an article, its copy behind a wire credit, and a third with
   * only the first sentence.
   */
  private static TimelineBuilder.Input copiedStory() {
    String story = SENTENCE + " يوم السبت بعد أن سيطرت فصائل المعارضة على مدن حلب وحماة وحمص"
        + " ثم دخلت العاصمة فجراً وسط احتفالات في الساحات العامة وفق مراسلين ومصادر محلية.";
    List<Article> articles = List.of(article("a", "نيوز 1", story),
        article("b", "نيوز 2", "(رويترز) " + story), article("c", "نيوز 3", SENTENCE + "."));
    List<EventMention> mentions = List.of(depart("a", "2024-12-07"), depart("b", "2024-12-07"),
        depart("c", null));
    List<EntityMention> names = articles.stream().flatMap(a -> names(a.id()).stream()).toList();
    TimelineBuilder.Input input = new TimelineBuilder.Input(articles, mentions, List.of(), names,
        List.of());
    return input;
  }

  /**
   * Near-duplicate signatures read ahead (as articles leave the article pass) give the timeline
   * built without them: the same copies, stories and events.
   */
  @Test
  void signaturesReadAheadGiveTheSameTimeline() {
    TimelineBuilder.Input input = copiedStory();
    Timeline plain = new TimelineBuilder().build(input);
    Timeline signed = new TimelineBuilder(org.isnad.link.NearDuplicateFinder.Signature::of)
        .build(input);
    assertEquals(java.util.Map.of("b", "a"), plain.copies());
    assertEquals(plain, signed);
  }

  /**
   * The stories read apart, before the events (as they are beside the event pass), give the
   * timeline built in one go: the same copies, stories and events.
   */
  @Test
  void storiesReadBeforeTheEventsGiveTheSameTimeline() {
    TimelineBuilder.Input input = copiedStory();
    TimelineBuilder builder = new TimelineBuilder();
    TimelineBuilder.Stories stories = builder.stories(input.articles(), input.entityMentions(),
        List.of());
    Timeline apart = builder.build(stories, input);
    assertEquals(java.util.Map.of("b", "a"), apart.copies());
    assertEquals(builder.build(input), apart);
  }

  @Test
  void twoOutletsGivingDifferentDaysMakeOneContestedEvent() {
    Timeline t = build(List.of(article("a", "نيوز 1", SENTENCE + " يوم السبت."),
        article("b", "نيوز 2", "قالت مصادر: " + SENTENCE + " فجر الأحد.")),
        List.of(depart("a", "2024-12-07"), departIn("b", "قالت مصادر: " + SENTENCE + " فجر الأحد",
            "2024-12-08", List.of("assad"), List.of("damascus", "moscow"))), List.of());
    assertEquals(1, t.events().size());
    Event e = t.events().get(0);
    assertEquals(EventStatus.CONTESTED, e.status());
    assertEquals(ConflictField.DATE, e.conflicts().get(0).field());
    assertEquals(List.of("2024-12-07", "2024-12-08"), e.conflicts().get(0).values().stream()
        .map(v -> v.value()).sorted().toList());
    assertEquals("2024-12-07", e.earliest());
    assertEquals("2024-12-08", e.latest());
  }

  @Test
  void anOutletRelayingAnAgencyAndTheAgencyItselfAreOneSource() {
    Article relay = article("a", "طيف بوست", SENTENCE + " نقلا عن رويترز.");
    Article agency = article("b", "رويترز", "وقالت المصادر: " + SENTENCE + " اليوم.");
    Quote quote = new Quote("a-q1", "a", 0, SENTENCE.length(), SENTENCE, "نقلا عن", 27, false,
        new Speaker("رويترز", 35, 41, null), List.of(
            new ChainLink("طيف بوست", null, ChainRole.PUBLISHER),
            new ChainLink("وكالة رويترز", null, ChainRole.RELAY)));
    Timeline t = build(List.of(relay, agency),
        List.of(depart("a", "2024-12-08"), depart("b", "2024-12-08")), List.of(quote));
    Event e = t.events().get(0);
    assertEquals(2, e.reports().size());
    assertEquals(1, e.independent());
    assertEquals(EventStatus.SINGLE_SOURCE, e.status());
  }

  @Test
  void twoOutletsOfTheirOwnAreTwoSources() {
    Timeline t = build(List.of(article("a", "إن بي سي", SENTENCE + "."),
        article("b", "الجزيرة", "وأكدت القناة أن الأسد غادر دمشق إلى موسكو.")),
        List.of(depart("a", "2024-12-08"), departIn("b", "وأكدت القناة أن الأسد غادر دمشق إلى موسكو",
            "2024-12-08", List.of("assad"), List.of("damascus", "moscow"))), List.of());
    assertEquals(2, t.events().get(0).independent());
    assertEquals(EventStatus.CORROBORATED, t.events().get(0).status());
  }

  @Test
  void anEventNoReportDatesIsUndated() {
    Timeline t = build(List.of(article("a", "نيوز", SENTENCE + ".")),
        List.of(depart("a", null)), List.of());
    assertEquals(EventStatus.UNDATED, t.events().get(0).status());
  }

  private static final String WIRE = "غادر الأسد دمشق إلى موسكو على متن طائرة روسية خاصة فجر الأحد";

  private static EventMention departIn(String article, String sentence, String when,
      List<String> actors) {
    return departIn(article, sentence, when, actors, List.of());
  }

  private static EventMention departIn(String article, String sentence, String when,
      List<String> actors, List<String> places) {
    return new EventMention(article + "-e" + sentence.length(), article, "DEPART", "غادر", 0, 4,
        0, sentence.length(), sentence, Modality.ASSERTED, when, null, null, actors, places,
        null, null);
  }

  @Test
  void outletsRepeatingOneWireSentenceAreOneSource() {
    List<String> places = List.of("damascus", "moscow");
    Timeline t = build(List.of(article("a", "نيوز 1", WIRE + ". وفي سياق آخر تحدث الوزير."),
        article("b", "نيوز 2", "أفادت الأنباء بأن " + WIRE + "."),
        article("c", "نيوز 3", "وأكد مراسلنا أن الأسد غادر العاصمة ليلا.")),
        List.of(departIn("a", WIRE, "2024-12-08", List.of("assad"), places),
            departIn("b", "أفادت الأنباء بأن " + WIRE, "2024-12-08", List.of("assad"), places),
            departIn("c", "وأكد مراسلنا أن الأسد غادر العاصمة ليلا", "2024-12-08",
                List.of("assad"), places)), List.of());
    assertEquals(1, t.events().size());
    assertEquals(3, t.events().get(0).reports().size());
    assertEquals(2, t.events().get(0).independent(), "a and b share the wire's wording");
    assertEquals(2, t.events().get(0).basis().size(), "each join keeps its reason");
  }

  @Test
  void theStorysProtagonistAloneTiesNothing() {
    Timeline t = build(List.of(article("a", "نيوز 1", "طلب الأسد اللجوء."),
        article("b", "نيوز 2", "طلب الأسد الدعم."), article("c", "نيوز 3", "طلب الأسد لقاء.")),
        List.of(departIn("a", "طلب الأسد اللجوء", "2024-12-08", List.of("assad")),
            departIn("b", "طلب الأسد الدعم", "2024-12-08", List.of("assad")),
            departIn("c", "طلب الأسد لقاء", "2024-12-08", List.of("assad"))), List.of());
    assertEquals(3, t.events().size(), "three requests of the protagonist are not one event");
    assertTrue(t.events().stream().noneMatch(e -> e.status() == EventStatus.CORROBORATED));
  }

  @Test
  void undatedReportsOfTwoArticlesAreNeverJoined() {
    Timeline t = build(List.of(article("a", "نيوز 1", SENTENCE + "."),
        article("b", "نيوز 2", SENTENCE + " قبل سنوات.")),
        List.of(depart("a", null), depart("b", null)), List.of());
    assertEquals(2, t.events().size());
  }

  @Test
  void aDayOfUnknownYearDoesNotJoinAcrossArticles() {
    Timeline t = build(List.of(article("a", "نيوز 1", SENTENCE + "."),
        article("b", "نيوز 2", SENTENCE + ".")),
        List.of(depart("a", "XXXX-12-08"), depart("b", "2015-12-08")), List.of());
    assertEquals(2, t.events().size());
  }

  @Test
  void oneSiteCitingTwoAgenciesIsOneIndependentSource() {
    String s1 = SENTENCE + " بحسب رويترز";
    String s2 = SENTENCE + " بحسب فرانس برس";
    Article a = article("a", "نيوز", s1 + ". " + s2 + ".");
    Quote q1 = new Quote("a-q1", "a", 0, SENTENCE.length(), SENTENCE, "بحسب", 26, false,
        new Speaker("رويترز", 31, 37, null), List.of(new ChainLink("نيوز", null,
            ChainRole.PUBLISHER), new ChainLink("رويترز", null, ChainRole.RELAY)));
    int second = s1.length() + 2;
    Quote q2 = new Quote("a-q2", "a", second, second + SENTENCE.length(), SENTENCE, "بحسب",
        second + 26, false, new Speaker("فرانس برس", second + 31, second + 40, null),
        List.of(new ChainLink("نيوز", null, ChainRole.PUBLISHER),
            new ChainLink("فرانس برس", null, ChainRole.RELAY)));
    EventMention m1 = depart("a", "2024-12-08");
    EventMention m2 = new EventMention("a-e2", "a", "DEPART", "غادر", second, second + 4, second,
        second + s2.length(), s2, Modality.ASSERTED, "2024-12-08", null, WhenBasis.SENTENCE,
        List.of("assad"), List.of("damascus", "moscow"), null, null);
    Timeline t = build(List.of(a), List.of(m1, m2), List.of(q1, q2));
    assertEquals(1, t.events().size());
    assertEquals(1, t.events().get(0).independent(), "one site's word, whatever it cites");
  }

  @Test
  void differentTollsOfOneSourceAreNoConflict() {
    String text = "قتل 12 شخصا في الانفجار. وارتفع عدد القتلى إلى 15 شخصا.";
    Article a = article("a", "نيوز", text);
    EventMention first = new EventMention("a-e1", "a", "KILLED", "قتل", 0, 3, 0, 24,
        text.substring(0, 24), Modality.ASSERTED, "2024-12-08", null, WhenBasis.SENTENCE, List.of(),
        List.of("damascus"), 12, null);
    EventMention later = new EventMention("a-e2", "a", "KILLED", "القتلى", 36, 42, 25,
        text.length(), text.substring(25), Modality.ASSERTED, "2024-12-08", null, WhenBasis.SENTENCE,
        List.of(), List.of("damascus"), 15, null);
    Timeline t = build(List.of(a), List.of(first, later), List.of());
    assertEquals(1, t.events().size());
    assertTrue(t.events().get(0).conflicts().isEmpty(), "an article revising its own toll");
  }

  @Test
  void laterReportsOfAnArticleWithoutNamesContinueItsEvent() {
    String lead = "غادر الأسد دمشق فجر الأحد";
    String later = "وجاءت المغادرة بعد ساعات";
    Timeline t = build(List.of(article("a", "نيوز", lead + ". " + later + ".")),
        List.of(departIn("a", lead, "2024-12-08", List.of("assad")),
            departIn("a", later, null, List.of())), List.of());
    assertEquals(1, t.events().size(), "the departure of the lead, told again");
    assertEquals("2024-12-08", t.events().get(0).when());
  }

  /** A report whose only time was refused as not the event's («مواليد 1986»), undated. */
  private static EventMention untiedIn(String article, String sentence) {
    return new EventMention(article + "-e" + sentence.length(), article, "DEPART", "غادر", 0, 4,
        0, sentence.length(), sentence, Modality.ASSERTED, null, null, WhenBasis.UNTIED,
        List.of(), List.of(), null, null);
  }

  /**
   * A year is a time of its own, like a report whose time was refused; but the refused time says
   * nothing of which year: «1953 - توقيع اتفاق الهدنة … بدأت في 25 حزيران/يونيو 1950» must not
   * join the next line's «1954 - اتفاق مصري- بريطاني».
   */
  @Test
  void aReportWhoseTimeWasRefusedContinuesNothingAndIsContinuedByNothing() {
    String lead = "غادر الأسد دمشق عام 1983";
    String later = "وجاءت المغادرة بعد ساعات";
    Timeline t = build(List.of(article("a", "نيوز", lead + ". " + later + ".")),
        List.of(departIn("a", lead, "1983", List.of("assad")), untiedIn("a", later)),
        List.of());
    assertEquals(2, t.events().size(), "its own time was another's: which year is unknown");
    Timeline u = build(List.of(article("a", "نيوز", later + ". " + lead + ".")),
        List.of(untiedIn("a", later), departIn("a", lead, "1983", List.of())), List.of());
    assertEquals(2, u.events().size(), "nor does a year's report continue it");
    String other = "وغادر الوفد بعد ساعات";
    Timeline v = build(List.of(article("a", "نيوز", later + ". " + other + ".")),
        List.of(untiedIn("a", later), untiedIn("a", other)), List.of());
    assertEquals(2, v.events().size(), "two refused times: nothing says they are one event");
  }

  @Test
  void reportsOfOneDayInDifferentPlacesStayApart() {
    Timeline t = build(List.of(article("a", "نيوز 1", "x"), article("b", "نيوز 2", "y")),
        List.of(new EventMention("a-e1", "a", "DEPART", "غادر", 0, 4, 0, 10, "غادر الوفد حلب",
            Modality.ASSERTED, "2024-12-08", null, null, List.of(), List.of("aleppo"), null,
            null), new EventMention("b-e1", "b", "DEPART", "غادر", 0, 4, 0, 10, "غادر الوفد حمص",
            Modality.ASSERTED, "2024-12-08", null, null, List.of(), List.of("homs"), null,
            null)), List.of());
    assertEquals(2, t.events().size());
  }

  @Test
  void twoVisitsOfOneManToTwoPlacesTheSameDayAreTwoEvents() {
    Timeline t = build(List.of(article("a", "نيوز 1", "زار بوتين حميميم."),
        article("b", "نيوز 2", "زار بوتين القاهرة.")),
        List.of(departIn("a", "زار بوتين حميميم", "2017-12-11", List.of("putin", "lavrov"),
                List.of("hmeimim")),
            departIn("b", "زار بوتين القاهرة", "2017-12-11", List.of("putin", "lavrov"),
                List.of("cairo"))), List.of());
    assertEquals(2, t.events().size());
  }

  private static EventMention killed(String article, String sentence, int count) {
    return new EventMention(article + "-e1", article, "KILLED", "قتل", 0, 3, 0, sentence.length(),
        sentence, Modality.ASSERTED, "2024-12-08", null, WhenBasis.SENTENCE, List.of("assad"),
        List.of("damascus", "moscow"), count, null);
  }

  @Test
  void twoSourcesGivingDifferentTollsAreAConflictOfTheDead() {
    Timeline t = build(List.of(article("a", "نيوز 1", "قتل 12 في دمشق وموسكو."),
        article("b", "نيوز 2", "قتل 15 في دمشق وموسكو.")),
        List.of(killed("a", "قتل 12 في دمشق وموسكو", 12),
            killed("b", "قتل 15 في دمشق وموسكو", 15)), List.of());
    assertEquals(1, t.events().size());
    Event e = t.events().get(0);
    assertEquals(ConflictField.DEAD, e.conflicts().get(0).field());
    assertEquals(EventStatus.CONTESTED, e.status());
    assertEquals(2, e.conflicts().get(0).values().size());
    assertEquals(List.of("نيوز 1"), e.conflicts().get(0).values().stream()
        .filter(v -> v.value().equals("12")).findFirst().orElseThrow().sources());
  }

  @Test
  void anUndatedPageIsDatedByTheCorpusOnlyFromItsOwnDatedSentence() {
    Article dated = article("a", "نيوز 1", SENTENCE + ".");
    Article undated = ArticleBuilder.text(SENTENCE + " يوم 8 ديسمبر 2024.").id("u").document("d-u")
        .title("عنوان").outlet("نيوز 2").build();
    Article silent = ArticleBuilder.text(SENTENCE + ".").id("v").document("d-v").title("عنوان")
        .outlet("نيوز 3").build();
    Timeline t = build(List.of(dated, undated, silent), List.of(depart("a", "2024-12-08"),
        depart("u", "2024-12-08"), depart("v", null)), List.of());
    assertEquals("2024-12-08", t.published().get("u").earliest());
    assertTrue(t.published().get("u").evidence().startsWith("inference:"));
    assertTrue(!t.published().containsKey("v"), "a report without a date proves nothing");
  }

  @Test
  void oneShortSentenceCopiedWordForWordIsOneSource() {
    String sentence = "وعلى هامش القرعة غادر الأسد دمشق إلى موسكو";
    List<String> places = List.of("damascus", "moscow");
    Timeline t = build(List.of(article("a", "نيوز 1", sentence + "."),
        article("b", "نيوز 2", "تقرير. " + sentence + ".")),
        List.of(departIn("a", sentence, "2024-12-08", List.of("assad"), places),
            departIn("b", sentence, "2024-12-08", List.of("assad"), places)), List.of());
    assertEquals(1, t.events().size());
    assertEquals(1, t.events().get(0).independent(), "the same sentence is one wire story");
  }

  @Test
  void aLaterReportThatDoesNotPointBackIsAnotherEvent() {
    String lead = "غادر الأسد دمشق فجر الأحد";
    String other = "وفي سياق آخر غادر وفد الصليب الأحمر حلب بعد أيام";
    String text = lead + ". وقال مسؤولون إن الوضع هادئ. " + other + ".";
    int at = text.indexOf(other);
    EventMention first = departIn("a", lead, "2024-12-08", List.of("assad"));
    EventMention later = new EventMention("a-e2", "a", "DEPART", "غادر", at + 13, at + 17, at,
        at + other.length(), other, Modality.ASSERTED, null, null, null, List.of(), List.of(),
        null, null);
    Timeline t = build(List.of(article("a", "نيوز", text)), List.of(first, later), List.of());
    assertEquals(2, t.events().size(), "a report two sentences on, naming no one of the lead");
  }

  private static EventMention report(String article, String type, String text, String sentence,
      String trigger, String when, List<String> places) {
    int start = text.indexOf(sentence);
    int at = start + sentence.indexOf(trigger);
    return new EventMention(article + "-e" + start, article, type, trigger, at,
        at + trigger.length(), start, start + sentence.length(), sentence, Modality.ASSERTED, when,
        null, when == null ? null : WhenBasis.SENTENCE, List.of(), places, null, null);
  }

  /** The events of two one-sentence articles, each reporting a {@code type} event on 6 August. */
  private static List<Event> oneReportInEachOfTwoArticles(String type, String a, String triggerA,
      String b, String triggerB, List<String> placesB) {
    return build(List.of(article("a", "نيوز 1", a + "."), article("b", "نيوز 2", b + ".")),
        List.of(report("a", type, a + ".", a, triggerA, "2015-08-06", List.of()),
            report("b", type, b + ".", b, triggerB, "2015-08-06", placesB)), List.of()).events();
  }

  @Test
  void theFirstAttackOfTwoArticlesOfOneStoryOnOneDayIsOneEvent() {
    List<Event> events = oneReportInEachOfTwoArticles("ATTACK",
        "أقدم انتحاري على تفجير نفسه في مسجد قوة الطوارئ مساء اليوم الخميس", "تفجير",
        "فجر انتحاري نفسه اليوم الخميس في مسجد تابع لقوات الطوارئ في عسير", "فجر", List.of("asir"));
    assertEquals(1, events.size(), "one suicide bombing told by two outlets");
    assertTrue(events.get(0).basis().stream().anyMatch(r -> r.contains("first report of its kind")),
        events.get(0).basis().toString());
  }

  @Test
  void meetingsOfOneStoryOnOneDayAreNotJoinedAsLeads() {
    assertEquals(2, oneReportInEachOfTwoArticles("MEET", "التقى الوزير وفد المعارضة في مسجد قوة"
        + " الطوارئ", "التقى", "التقى الوزير وفد المعارضة في مسجد قوة الطوارئ الخاصة", "التقى",
        List.of()).size(), "a story holds many meetings a day");
  }

  @Test
  void aLaterAttackOfAnArticleIsNotItsLead() {
    String a = "أقدم انتحاري على تفجير نفسه في مسجد قوة الطوارئ مساء اليوم الخميس";
    String other = "وقصفت طائرات قرية بعيدة";
    String b = "فجر انتحاري نفسه اليوم الخميس في مسجد تابع لقوات الطوارئ في عسير";
    String textB = other + ". " + b + ".";
    Timeline t = build(List.of(article("a", "نيوز 1", a + "."), article("b", "نيوز 2", textB)),
        List.of(report("a", "ATTACK", a + ".", a, "تفجير", "2015-08-06", List.of()),
            report("b", "ATTACK", textB, other, "وقصفت", "2015-08-01", List.of()),
            report("b", "ATTACK", textB, b, "فجر", "2015-08-06", List.of())), List.of());
    assertEquals(3, t.events().size(), "b's first attack is another one: nothing ties the second");
  }

  /**
   * The events of one article whose first sentence reports a {@code type} event on {@code day}
   * and whose last sentence, after {@code between}, reports one with no date.
   */
  private static List<Event> twoReportsInOneArticle(String type, String first, String firstTrigger,
      String between, String second, String secondTrigger) {
    String text = first + between + second + ".";
    return build(List.of(article("a", "نيوز", text)),
        List.of(report("a", type, text, first, firstTrigger, "2015-08-06", List.of()),
            report("a", type, text, second, secondTrigger, null, List.of())), List.of()).events();
  }

  @Test
  void aDefiniteReportFarDownTheArticleTellsOfItsLatestEvent() {
    assertEquals(1, twoReportsInOneArticle("ATTACK", "فجر انتحاري نفسه في مسجد اليوم الخميس", "فجر",
        ". وقال الشهود إن الصلاة كانت قائمة. وأضافوا أن المصلين كانوا كثرا. ",
        "وأدى التفجير إلى أضرار كبيرة", "التفجير").size(),
        "«التفجير» names nobody new: the lead's bombing");
  }

  @Test
  void itemsOfADigestAreNotOneEventBecauseTheyFollowEachOther() {
    assertEquals(2, twoReportsInOneArticle("KILLED", "- سبعة قتلى جراء قصف على أحياء المدينة",
        "قتلى", ".\n", "- مقتل خمسة مدنيين جراء قصف على قرية أخرى", "مقتل").size(),
        "two items of a news digest");
  }

  @Test
  void aReportAfterWordsOpeningOtherNewsDoesNotContinueTheLead() {
    assertEquals(2, twoReportsInOneArticle("KILLED", "قتل جنديان في هجوم انتحاري على مخفر للدرك",
        "قتل", ". ", "وفي حادثة منفصلة قتل جندي في انفجار لغم", "قتل").size(),
        "«وفي حادثة منفصلة» opens another incident");
  }

  @Test
  void theNextLocalItemOfADigestIsAnotherEvent() {
    assertEquals(2, twoReportsInOneArticle("ATTACK", "وشن الطيران الحربي غارات على مدن الغوطة",
        "غارات", ". ", "وفي العاصمة، استهدفت القوات الحي بعدة صواريخ", "استهدفت").size(),
        "«وفي العاصمة» opens the next item of a digest");
    assertEquals(1, twoReportsInOneArticle("ATTACK", "وشن الطيران الحربي غارات على مدن الغوطة",
        "غارات", ". ", "وفي التفاصيل، استهدفت الطائرات الأحياء السكنية", "استهدفت").size(),
        "«وفي التفاصيل» tells more of the same raid");
  }

  @Test
  void attacksOfOneDayInTwoCountriesAreTwoEvents() {
    String a = "قتل مسلحون من جماعة بوكو حرام عشرات الأشخاص في أربع قرى في نيجيريا";
    String b = "قتل مسلحون من جماعة بوكو حرام ستة أطفال في قرية شمالي الكاميرون";
    Timeline t = build(List.of(article("a", "نيوز 1", a + "."), article("b", "نيوز 2", b + ".")),
        List.of(report("a", "KILLED", a + ".", a, "قتل", "2015-07-20", List.of("nigeria")),
            report("b", "KILLED", b + ".", b, "قتل", "2015-07-20", List.of("cameroon"))),
        List.of(), List.of(new org.isnad.model.Entity("nigeria", EntityType.PLACE, "نيجيريا",
            List.of(), 1), new org.isnad.model.Entity("cameroon", EntityType.PLACE, "الكاميرون",
            List.of(), 1)));
    assertEquals(2, t.events().size(), "Nigeria and Cameroon: two attacks");
  }

  @Test
  void theWordsOfASharedNameDoNotCountTwice() {
    String a = "وقال رئيس المفوضية الأوروبية جان كلود يونكر إن الاتفاق كان صعبا";
    String b = "قال جان كلود يونكر رئيس المفوضية الأوروبية إنه تعرض للخيانة من الحكومة";
    java.util.Map<String, org.isnad.model.ArgumentRole> roles =
        java.util.Map.of("juncker", org.isnad.model.ArgumentRole.AGENT);
    EventMention first = new EventMention("a-e1", "a", "STATEMENT", "وقال", 0, 4, 0, a.length(),
        a, Modality.ASSERTED, "2015-07-13", null, WhenBasis.SENTENCE, List.of("juncker"), List.of(), null,
        null, roles);
    EventMention second = new EventMention("b-e1", "b", "STATEMENT", "قال", 0, 3, 0, b.length(),
        b, Modality.ASSERTED, "2015-07-13", null, WhenBasis.SENTENCE, List.of("juncker"), List.of(), null,
        null, roles);
    Timeline t = build(List.of(article("a", "نيوز 1", a + "."), article("b", "نيوز 2", b + ".")),
        List.of(first, second), List.of(), List.of(new org.isnad.model.Entity("juncker",
            EntityType.PERSON, "جان كلود يونكر", List.of(), 2)));
    assertEquals(2, t.events().size(), "one speaker, two statements: his name and title are one"
        + " piece of evidence, not four");
  }

  @Test
  void aStrikeByOneSideAndARocketFallingOnItAreTwoAttacks() {
    String a = "شنت إسرائيل غارة على معسكر لحماس في قطاع غزة";
    String b = "انفجر صاروخ أطلق من قطاع غزة في كيسوفيم جنوب إسرائيل";
    java.util.Map<String, org.isnad.model.ArgumentRole> rolesA = new java.util.LinkedHashMap<>();
    rolesA.put("israel", org.isnad.model.ArgumentRole.AGENT);
    rolesA.put("hamas", org.isnad.model.ArgumentRole.PATIENT);
    rolesA.put("gaza", org.isnad.model.ArgumentRole.PLACE);
    java.util.Map<String, org.isnad.model.ArgumentRole> rolesB = new java.util.LinkedHashMap<>();
    rolesB.put("gaza", org.isnad.model.ArgumentRole.PLACE);
    rolesB.put("kissufim", org.isnad.model.ArgumentRole.PLACE);
    rolesB.put("israel", org.isnad.model.ArgumentRole.PLACE);
    EventMention strike = new EventMention("a-e1", "a", "ATTACK", "غارة", 10, 14, 0, a.length(), a,
        Modality.ASSERTED, "2015-08-07", null, WhenBasis.SENTENCE, List.of("israel", "hamas"),
        List.of("gaza"), null, null, rolesA);
    EventMention rocket = new EventMention("b-e1", "b", "ATTACK", "انفجر", 0, 5, 0, b.length(), b,
        Modality.ASSERTED, "2015-08-07", null, WhenBasis.SENTENCE, List.of(),
        List.of("gaza", "kissufim", "israel"), null, null, rolesB);
    Timeline t = build(List.of(article("a", "نيوز 1", a + "."), article("b", "نيوز 2", b + ".")),
        List.of(strike, rocket), List.of());
    assertEquals(2, t.events().size(), "Israel struck in one, was struck in the other");
  }

  /** The summary of one article's one death report, its names given roles. */
  private static String deathSummary(String sentence, String trigger,
      java.util.Map<String, org.isnad.model.ArgumentRole> roles) {
    int at = sentence.indexOf(trigger);
    EventMention m = new EventMention("a-e1", "a", "KILLED", trigger, at, at + trigger.length(), 0,
        sentence.length(), sentence, Modality.ASSERTED, "2015-07-31", null, WhenBasis.SENTENCE,
        List.copyOf(roles.keySet()), List.of(), null, null, roles);
    List<org.isnad.model.Entity> entities = roles.keySet().stream().map(id ->
        new org.isnad.model.Entity(id, EntityType.PERSON, id, List.of(), 1)).toList();
    return build(List.of(article("a", "نيوز", sentence + ".")), List.of(m), List.of(), entities)
        .events().get(0).summary();
  }

  @Test
  void aDeathsSummaryNamesWhoDiedNotWhoSpoke() {
    assertEquals("قتلى: علي دوابشة", deathSummary("دان الأمين العام مقتل الرضيع علي دوابشة",
        "مقتل", java.util.Map.of("الأمم المتحدة", org.isnad.model.ArgumentRole.AGENT,
            "علي دوابشة", org.isnad.model.ArgumentRole.PATIENT)));
  }

  @Test
  void aDeathWordThatReadsBothWaysNamesNoOne() {
    assertEquals("قتلى", deathSummary("احتجاجا على قتل سليمان الأسد العقيد حسان الشيخ", "قتل",
        java.util.Map.of("سليمان الأسد", org.isnad.model.ArgumentRole.PATIENT)),
        "«قتل سليمان» may be his killing or his killing someone");
  }
}
