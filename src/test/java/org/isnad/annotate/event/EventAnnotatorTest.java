package org.isnad.annotate.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.ArgumentRole;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.isnad.model.Timex;
import org.isnad.model.TimexType;
import org.isnad.model.WhenBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.junit.jupiter.api.Test;

/** Event triggers, modality, dates and numbers, Arabic inline. */
class EventAnnotatorTest {
  private static Article article(String text) {
    return ArticleBuilder.text(text).build();
  }

  private static List<EventMention> events(String text) {
    return EventAnnotator.standard().annotate(article(text), List.of(), List.of());
  }

  private static EventMention only(String text, String type) {
    List<EventMention> found = events(text).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, found.size(), () -> type + " in " + text + ": " + events(text));
    return found.get(0);
  }

  /** Whether {@code text} reports no event of {@code type}. */
  private static boolean none(String type, String text) {
    return events(text).stream().noneMatch(e -> e.type().equals(type));
  }

  @Test
  void triggersAreTypedFromTheLexicon() {
    assertEquals("غادر", only("غادر الأسد دمشق فجر الأحد", "DEPART").trigger());
    assertEquals("والتقى", only("والتقى الوزير نظيره في الدوحة", "MEET").trigger());
    assertEquals("بانفجار", only("أصيب عشرة بانفجار في ريف إدلب", "ATTACK").trigger());
  }

  @Test
  void negatedAndUnrealisedEventsAreMarked() {
    assertEquals(Modality.NEGATED, only("لم يطلب الأسد قط اللجوء", "REQUEST").modality());
    assertEquals(Modality.UNREALISED, only("كان الأسد على وشك الهروب من سوريا", "DEPART")
        .modality());
    assertEquals(Modality.UNREALISED, only("فكّر الأسد بمغادرة البلاد", "DEPART").modality());
    assertEquals(Modality.UNREALISED, only("سيغادر الوفد العاصمة غدا", "DEPART").modality());
    assertEquals(Modality.ASSERTED, only("غادر الأسد دمشق", "DEPART").modality());
  }

  @Test
  void aNegationWordInsideAnAssertedPhraseDoesNotNegate() {
    EventMention killed = only("قتل ما لا يقل عن 20 شخصا", "KILLED");
    assertEquals(Modality.ASSERTED, killed.modality());
    assertEquals(20, killed.count());
  }

  @Test
  void theDateComesFromTheSentenceOrIsCarriedThroughTheParagraph() {
    String text = "وصل الأسد إلى موسكو يوم 28 نوفمبر. ثم التقى بوتين هناك.\n\nوغادر لاحقا.";
    int start = text.indexOf("يوم 28");
    Timex t = new Timex("a1-t1", "a1", start, start + 13, "يوم 28 نوفمبر", TimexType.DATE,
        "2024-11-28", null, null, null);
    List<EventMention> found = EventAnnotator.standard().annotate(article(text), List.of(t),
        List.of());
    assertEquals(List.of("TRAVEL", "MEET", "DEPART"), found.stream().map(EventMention::type)
        .toList());
    assertEquals(WhenBasis.SENTENCE, found.get(0).whenBasis());
    assertEquals("2024-11-28", found.get(1).when());
    assertEquals(WhenBasis.CONTEXT, found.get(1).whenBasis());
    assertNull(found.get(2).when(), "a new paragraph does not inherit the date");
  }

  @Test
  void actorsAndPlacesAreTheLinkedEntitiesOfTheSentence() {
    String text = "غادر الأسد دمشق.";
    List<EntityMention> mentions = List.of(
        new EntityMention("a1", 5, 10, "الأسد", EntityType.PERSON, "p1"),
        new EntityMention("a1", 11, 15, "دمشق", EntityType.PLACE, "g1"));
    EventMention e = EventAnnotator.standard().annotate(article(text), List.of(), mentions)
        .get(0);
    assertEquals(List.of("p1"), e.actors());
    assertEquals(List.of("g1"), e.places());
  }

  @Test
  void aPlatformIsNeverTheDoerOrPlaceOfAnEvent() {
    String text = "تفاعل عدد من الدعاة عبر وسم #تفجير_طوارئ_عسير في تويتر على خلفية حادثة التفجير"
        + " الإرهابي في طوارئ عسير اليوم الخميس.";
    int tw = text.indexOf("تويتر");
    int as = text.indexOf("عسير");
    List<EntityMention> mentions = List.of(
        new EntityMention("a1", tw, tw + 5, "تويتر", EntityType.ORG, "o1"),
        new EntityMention("a1", as, as + 4, "عسير", EntityType.PLACE, "g1"));
    EventMention e = EventAnnotator.standard().annotate(article(text), List.of(), mentions)
        .stream().filter(x -> x.type().equals("ATTACK")).findFirst().orElseThrow();
    assertTrue(!e.actors().contains("o1") && !e.places().contains("o1"), e.roles().toString());
    assertTrue(e.places().contains("g1"), e.roles().toString());
  }

  @Test
  void inAMatchReportTheForwardLineAndAStrainAreNoAttackOrWound() {
    String sport = "أكد مدرب الفريق جاهزية اللاعبين قبل مباراة الدوري. وطمأن الجماهير حول وضع"
        + " الهجوم بعد إصابة الثنائي في المعسكر.";
    assertTrue(none("ATTACK", sport) && none("INJURED", sport), events(sport).toString());
    String war = "أصيب عشرة أشخاص في هجوم بعبوة ناسفة قرب ملعب المدينة.";
    assertEquals(1, events(war).stream().filter(e -> e.type().equals("INJURED")).count(),
        "one word of sport does not make a match report");
  }

  @Test
  void controlOfTheSituationIsNoCapture() {
    assertTrue(none("CAPTURE", "وتمكنت الفرق الأمنية من السيطرة على الموقف بعد ساعة"));
    assertEquals("سيطرت", only("سيطرت فصائل المعارضة على مدينة حماة", "CAPTURE").trigger());
  }

  @Test
  void contextWordsDecideAmbiguousTriggers() {
    assertEquals("فجر", only("فجر انتحاري نفسه في سوق مزدحمة", "ATTACK").trigger());
    assertEquals(List.of(), events("وصلت القافلة مع فجر اليوم").stream()
        .filter(e -> e.type().equals("ATTACK")).toList(), "dawn is not a bombing");
    assertEquals("وقع", only("وقع الوزيران اتفاقية تعاون", "AGREE").trigger());
    assertEquals(List.of(), events("الهجوم الذي وقع في المدينة").stream()
        .filter(e -> e.type().equals("AGREE")).toList(), "وقع في = happened");
    assertEquals(List.of(), events("أشارت الحصيلة إلى سقوط تسعة قتلى").stream()
        .filter(e -> e.type().equals("CAPTURE")).toList(), "dead do not fall like a city");
    assertEquals("سقوط", only("أعلنت المعارضة سقوط المدينة", "CAPTURE").trigger());
    assertEquals(List.of(), events("وصرح مسؤول رفض الكشف عن هويته").stream()
        .filter(e -> e.type().equals("REFUSE")).toList());
    assertEquals("حجب", only("قررت السلطات حجب موقع تويتر", "BAN").trigger());
  }

  @Test
  void verbsOfSayingAreNotStatementEvents() {
    assertEquals(List.of(), events("أعلنت الوزارة أن الطريق مغلق").stream()
        .filter(e -> e.type().equals("STATEMENT")).toList());
    assertEquals("بيان", only("وقالت الوزارة في بيان إن الطريق مغلق", "STATEMENT").trigger());
  }

  @Test
  void theDateOfTheSayingDoesNotDateTheEventItReports() {
    String text = "أعلنت الوزارة اليوم الجمعة أن قياديا قتل في غارة.";
    int day = text.indexOf("اليوم");
    Timex friday = new Timex("a1-t1", "a1", day, day + 11, "اليوم الجمعة", TimexType.DATE,
        "2015-07-24", null, null, null);
    int content = text.indexOf("قياديا");
    Quote q = new Quote("a1-q1", "a1", content, text.length() - 1, "قياديا قتل في غارة", "أعلنت",
        0, false, new Speaker("الوزارة", 6, 13, null), List.of());
    EventMention killed = EventAnnotator.standard().annotate(article(text), List.of(friday),
        List.of(), List.of(q)).stream().filter(e -> e.type().equals("KILLED")).findFirst()
        .orElseThrow();
    assertNull(killed.when(), "the Friday is the announcement's");
    EventMention unquoted = EventAnnotator.standard().annotate(article(text), List.of(friday),
        List.of(), List.of()).stream().filter(e -> e.type().equals("KILLED")).findFirst()
        .orElseThrow();
    assertEquals("2015-07-24", unquoted.when());
  }

  @Test
  void nullArticleIsACallerMistake() {
    assertThrows(NullPointerException.class,
        () -> EventAnnotator.standard().annotate(null, List.of(), List.of()));
  }

  /** A name of the text as a linked mention, found by its first occurrence. */
  private static EntityMention name(String text, String name, EntityType type) {
    int at = text.indexOf(name);
    return new EntityMention("a1", text.codePointCount(0, at),
        text.codePointCount(0, at + name.length()), name, type, "e-" + name);
  }

  @Test
  void theTollsOfOneSentenceAreNotMixed() {
    String text = "وأعلنت الوكالة أن 12 شخصاً لقوا حتفهم وأصيب ما لا يقل عن 100 آخرين.";
    assertEquals(100, only(text, "INJURED").count());
    assertEquals(12, only(text, "KILLED").count());
  }

  /** The first report of {@code type} in {@code text}, with the given names linked. */
  private static EventMention first(String text, List<EntityMention> names, String type) {
    return EventAnnotator.standard().annotate(article(text), List.of(), names).stream()
        .filter(e -> e.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void onlyTheNamesOfTheTriggersClauseAreItsArguments() {
    String text = "سيطرت الفصائل على حلب، وقال بوتين في موسكو إن الوضع خطير.";
    List<EntityMention> names = List.of(name(text, "حلب", EntityType.PLACE),
        name(text, "بوتين", EntityType.PERSON), name(text, "موسكو", EntityType.PLACE));
    EventMention capture = first(text, names, "CAPTURE");
    assertEquals(List.of("e-حلب"), capture.places());
    assertEquals(List.of(), capture.actors());
  }

  @Test
  void theOtherPartyOfAMeetingIsThePatient() {
    String text = "التقى وزير الخارجية عباس عراقجي بالأسد في دمشق.";
    List<EntityMention> names = List.of(name(text, "عباس عراقجي", EntityType.PERSON),
        name(text, "الأسد", EntityType.PERSON), name(text, "دمشق", EntityType.PLACE));
    EventMention meet = first(text, names, "MEET");
    assertEquals(List.of("e-عباس عراقجي"), meet.withRole(ArgumentRole.AGENT));
    assertEquals(List.of("e-الأسد"), meet.withRole(ArgumentRole.PATIENT));
    assertEquals(List.of("e-دمشق"), meet.withRole(ArgumentRole.PLACE));
  }

  @Test
  void aPlaceInARelativeClauseAboutTheTriggerIsItsPlace() {
    String text = "استنكر الأزهر الهجوم الإرهابي الذي استهدف مسجداً بمنطقة عسير أمس.";
    List<EntityMention> names = List.of(name(text, "الأزهر", EntityType.ORG),
        name(text, "عسير", EntityType.PLACE));
    EventMention attack = first(text, names, "ATTACK");
    assertEquals(List.of("e-عسير"), attack.places());
  }

  /** The reports of {@code a} with its time expressions found by the time annotator. */
  private static List<EventMention> dated(Article a) {
    List<Timex> timexes = org.isnad.annotate.time.TimeAnnotator.standard().annotate(a).timexes();
    return EventAnnotator.standard().annotate(a, timexes, List.of());
  }

  @Test
  void anEventAtAnotherTimeDoesNotTakeTheNarrationsDate() {
    String text = "غادر الوفد دمشق يوم 8 ديسمبر 2024. وقال إن الأسد كان على وشك الهروب قبل سنوات.";
    List<EventMention> found = dated(article(text));
    assertEquals("2024-12-08", found.get(0).when());
    EventMention flight = found.stream().filter(e -> e.trigger().contains("الهروب")).findFirst()
        .orElseThrow();
    assertNull(flight.when(), "قبل سنوات is not 8 December");
    assertEquals(WhenBasis.OTHER_TIME, flight.whenBasis());
  }

  @Test
  void anAreaOfControlIsNotACapture() {
    assertTrue(none("CAPTURE", "تقع البلدة في مناطق سيطرة المعارضة"));
    assertEquals("CAPTURE", only("سيطرت الفصائل على حلب", "CAPTURE").type());
  }

  @Test
  void aSquareAGroupOrAnEditorNamedTahrirIsNoCapture() {
    for (String s : List.of("انطلقت مظاهرات عارمة في ساحة التحرير وسط بغداد",
        "هاجمت هيئة تحرير الشام مواقع النظام", "قال رئيس تحرير الصحيفة إن العدد صدر",
        "وهي دبلوم حاسبات ودبلوم فندقة وتسويق وتحرير وسكرتارية")) {
      assertTrue(events(s).stream().noneMatch(e -> e.type().equals("CAPTURE")), s);
    }
    assertEquals("CAPTURE", only("أكملت القوات تحرير المدينة من التنظيم", "CAPTURE").type());
  }

  @Test
  void aRelayOrATransferIsNotATravel() {
    assertTrue(none("TRAVEL", "نقلت وكالة رويترز عن مصدر أن السفارة ستنقل"));
  }

  @Test
  void aDateAfterThePagesOwnDayIsNotTheEventsDate() {
    String text = "عاجل 21 / 01 / 2018 مقتل العشرات في غارات على دير الزور.";
    Article a = ArticleBuilder.text(text).published(Published.fromMetadata("2017-11-26", "url"))
        .build();
    EventMention killed = dated(a).stream().filter(e -> e.type().equals("KILLED")).findFirst()
        .orElseThrow();
    assertNull(killed.when(), "a ticker's day after the page was published");
    assertEquals(WhenBasis.AFTER_PUBLICATION, killed.whenBasis());
  }

  @Test
  void aFutureTimeInTheSentenceNeverDatesAnAssertedEvent() {
    Article a = ArticleBuilder.text("أصيب اللاعبان في المعسكر، وستبدأ المرحلة التالية"
        + " غداً (الأحد).")
        .published(Published.fromMetadata("2015-08-08", "url")).build();
    EventMention injured = dated(a).stream().filter(e -> e.type().equals("INJURED")).findFirst()
        .orElseThrow();
    assertNull(injured.when(), "tomorrow is when the next phase starts, not the injury");
    assertEquals(WhenBasis.AFTER_PUBLICATION, injured.whenBasis());
    Article b = ArticleBuilder.text("أصيب اللاعب في المباراة الودية، ويعود الفريق إلى"
        + " التدريبات الجمعة المقبل.")
        .published(Published.fromMetadata("2015-08-06", "url")).build();
    EventMention hurt = dated(b).stream().filter(e -> e.type().equals("INJURED")).findFirst()
        .orElseThrow();
    assertNull(hurt.when(), "next Friday is when training resumes");
    Article c = ArticleBuilder.text("أصيب ثلاثة أطفال بقذيفة اليوم الأحد.")
        .published(Published.fromMetadata("2015-07-25", "url")).build();
    EventMention children = dated(c).stream().filter(e -> e.type().equals("INJURED")).findFirst()
        .orElseThrow();
    assertEquals("2015-07-26", children.when(), "today named a day after an early reference");
    Article d = ArticleBuilder.text("تنطلق غداً الأربعاء اجتماعات اللجنة الفنية في" + " الخرطوم.")
        .published(Published.fromMetadata("2015-07-21", "url")).build();
    EventMention meeting = dated(d).stream().filter(e -> e.type().equals("MEET")).findFirst()
        .orElseThrow();
    assertEquals("2015-07-22", meeting.when(), "the meeting's own day, in its clause");
  }

  @Test
  void aDeathToldAtItsFuneralTakesNoDateFromTheFuneral() {
    EventMention funeral = dated(article("ودعت محافظة ميسان يوم 8 أغسطس 2015 الشهيد ممدوح الحارثي"
        + " أحد شهداء التفجير.")).stream().filter(e -> e.type().equals("KILLED")).findFirst()
        .orElseThrow();
    assertNull(funeral.when(), "8 August is the funeral; he was killed days before");
    assertEquals(WhenBasis.REFERENCE, funeral.whenBasis());
    EventMention shia = dated(article("اشتبك مسلحون شيعيون مع الشرطة يوم 8 أغسطس 2015 وقتل ثلاثة."))
        .stream().filter(e -> e.type().equals("KILLED")).findFirst().orElseThrow();
    assertEquals("2015-08-08", shia.when(), "شيعيون is no funeral word (شيّع)");
    EventMention glued = dated(article("توافد الآلاف يوم 8 أغسطس 2015 لتشييع الشهداء الذين قتلوا"
        + " في التفجير.")).stream().filter(e -> e.type().equals("KILLED")).findFirst()
        .orElseThrow();
    assertNull(glued.when(), "لتشييع: a funeral word with a glued preposition");
    EventMention bombing = dated(article("ودعت محافظة ميسان يوم 8 أغسطس 2015 الشهيد ممدوح أحد شهداء"
        + " التفجير الذي طال المسجد.")).stream().filter(e -> e.type().equals("ATTACK"))
        .findFirst().orElseThrow();
    assertNull(bombing.when(), "the bombing named at a funeral is not of the funeral's day");
    EventMention condolence = dated(article("وعبرا يوم 7 أغسطس 2015 عن عزائهما ومواساتهما للملك في"
        + " شهداء الواجب.")).stream().filter(e -> e.type().equals("KILLED")).findFirst()
        .orElseThrow();
    assertNull(condolence.when(), "condolences are offered after the deaths");
  }

  @Test
  void aDeathNamedAsTheCauseOfWhatIsToldTakesNoDateFromIt() {
    EventMention protest = dated(article("اعتصم ألف شخص في اللاذقية يوم 8 أغسطس 2015 احتجاجاً على"
        + " قتل سليمان الأسد عقيداً في الجيش.")).stream().filter(e -> e.type().equals("KILLED"))
        .findFirst().orElseThrow();
    assertNull(protest.when(), "the protest is on 8 August, the killing days before");
    assertEquals(WhenBasis.REFERENCE, protest.whenBasis());
    EventMention before = dated(article("نكأت حادثة الطائرة التي وقعت يوم 31 يوليو 2015 جراح الأسرة"
        + " بعد أن توفي عميدها في حادثة طائرة.")).stream()
        .filter(e -> e.type().equals("KILLED")).findFirst().orElseThrow();
    assertNull(before.when(), "بعد أن توفي: a death of long before");
    EventMention blast = dated(article("قتل ثلاثة أشخاص يوم 8 أغسطس 2015 إثر انفجار عبوة ناسفة."))
        .stream().filter(e -> e.type().equals("ATTACK")).findFirst().orElseThrow();
    assertEquals("2015-08-08", blast.when(), "the attack that killed them is the day's news");
    EventMention killed = dated(article("قتل عقيد في الجيش يوم 8 أغسطس 2015 في اللاذقية."))
        .stream().filter(e -> e.type().equals("KILLED")).findFirst().orElseThrow();
    assertEquals("2015-08-08", killed.when());
  }

  @Test
  void aResignationOrElectionNamedAsATopicIsNoReport() {
    assertTrue(none("RESIGN", "ركزت الصحف على تطورات أزمة استقالة الحريري"));
    assertTrue(none("ELECT", "قال رئيس اللجنة التنفيذية المتحدث الرسمي للانتخابات البلدية"));
    assertEquals("RESIGN", only("أعلن الحريري استقالته من الرياض", "RESIGN").type());
  }

  @Test
  void anEventNamedAsToldElsewhereTakesNoDateFromItsSentence() {
    EventMention trial = dated(article("بدأت المحكمة يوم 4 أغسطس 2015 محاكمة المتهمين في تفجير"
        + " مسجد الإمام الصادق.")).stream().filter(e -> e.type().equals("ATTACK")).findFirst()
        .orElseThrow();
    assertNull(trial.when(), "the trial is on 4 August, the bombing weeks before");
    assertEquals(WhenBasis.REFERENCE, trial.whenBasis());
    EventMention bombing = dated(article("فجر انتحاري نفسه يوم 4 أغسطس 2015 في مسجد الإمام"
        + " الصادق.")).stream().filter(e -> e.type().equals("ATTACK")).findFirst().orElseThrow();
    assertEquals("2015-08-04", bombing.when());
  }

  @Test
  void theSpeakerOfAStatementIsNoRoleOfTheEventItReports() {
    String text = "أعلن العميد محمد سمير استشهاد ضابط وثلاثة جنود في سيناء.";
    List<EntityMention> names = List.of(name(text, "محمد سمير", EntityType.PERSON),
        name(text, "سيناء", EntityType.PLACE));
    int content = text.indexOf("استشهاد");
    Quote q = new Quote("a1-q1", "a1", content, text.length() - 1,
        text.substring(content, text.length() - 1), "أعلن", 0, false,
        new Speaker("العميد محمد سمير", 5, 21, "e-محمد سمير"), List.of());
    EventMention killed = EventAnnotator.standard().annotate(article(text), List.of(), names,
        List.of(q)).stream().filter(e -> e.type().equals("KILLED")).findFirst().orElseThrow();
    assertEquals(List.of(), killed.actors(), "the spokesman announced the deaths");
    assertEquals(List.of("e-سيناء"), killed.places());
  }

  @Test
  void aPlayersStrainIsNoInjuryAnEventCaused() {
    assertTrue(none("INJURED", "وكان الدخيل أصيب بشد عضلي في العضلة الخلفية"));
    assertTrue(none("INJURED", "وتعرض اللاعب لإصابة في العضلة الخلفية"));
    assertTrue(none("INJURED", "تبرع الشاب بكليته لوالدته التي أصيبت بفشل كلوي مزمن"), "an illness");
    assertEquals("INJURED", only("أصيب ثلاثة جنود في انفجار عبوة ناسفة", "INJURED").type());
  }

  @Test
  void assassinationsTakeOffsAndRaidsAreReports() {
    assertEquals("KILLED", only("اغتيل الصحفي السوري برصاص مسدس كاتم للصوت", "KILLED").type());
    assertEquals("DEPART", only("أقلعت القاذفات من قاعدة في روسيا", "DEPART").type());
    assertEquals("TRAVEL", only("وحلقت الطائرات فوق إيران والعراق", "TRAVEL").type());
    assertEquals("ATTACK", only("وواصلت الطائرات غاراتها على البلدة", "ATTACK").type());
    assertTrue(none("ATTACK", "ضربت الحكومة موعدا للانتخابات"), "a date set is no strike");
  }

  @Test
  void aChargeOfMurderIsNoDeath() {
    assertTrue(none("KILLED", "وصف القانون بأنه تشريع للقتل العمد بحق الأسرى"));
    assertTrue(none("KILLED", "نفذت وزارة الداخلية اليوم حكم القتل تعزيرا في جانيين"), "a sentence carried out, its own case");
    assertEquals("KILLED", only("قتل ثلاثة جنود في انفجار", "KILLED").type());
  }

  @Test
  void controllingAFireOrAFallOfVictimsIsNoCapture() {
    assertTrue(none("CAPTURE", "تمكنت فرق الدفاع المدني من السيطرة على النيران"));
    assertTrue(none("CAPTURE", "سيطرت فرق الدفاع المدني اليوم على حريق مبنى"));
    assertTrue(none("CAPTURE", "وذكر المصدر أنه جرى تحرير محضر للراكب"));
    assertTrue(none("CAPTURE", "أسفر التفجير عن سقوط عدد من الشهداء والجرحى"));
    assertTrue(none("CAPTURE", "سقطت أمس طائرة حربية في سوق للخضار وسط المدينة"));
    assertTrue(none("CAPTURE", "سقطت المعلمة مغشياً عليها أمام المبنى"));
    assertTrue(none("CAPTURE", "أعلن مصدر عسكري أن عملية تحرير الرهائن لا تزال متواصلة"));
    assertTrue(none("CAPTURE", "سقطت فجر اليوم مركبة بسائقها داخل بئر زراعية جافة"));
    assertTrue(none("CAPTURE", "أطلقت بوينغ التحذير بعد سقوط قطعة معدنية من إحدى الطائرات"));
    assertTrue(none("CAPTURE", "أصيب طفلان إثر سقوط مقذوف عسكري من داخل الحدود اليمنية على منزلهم"));
    assertTrue(none("CAPTURE", "لقي شاب مصرعه إثر سقوطه من مرتفع شاهق بمنتزه الفرعاء"));
    assertTrue(none("CAPTURE", "واتضح أن موقع السقوط يبعد عن مطل المتنزه بقرابة 450 مترا"));
    assertTrue(none("CAPTURE", "أعلنت الإمارات اليوم تحرير أسعار الوقود اعتبارا من الشهر المقبل"));
    assertTrue(none("CAPTURE", "وقررت الحكومة تحرير سعر صرف العملة المحلية"));
    assertEquals("CAPTURE", only("أعلنت المقاومة تحرير مدينة عدن بالكامل", "CAPTURE").type());
    assertTrue(none("CAPTURE", "قالت الوكالة إن انتحاريا اقتحم بجرار مفخخ مركزا للدرك"));
    assertTrue(none("CAPTURE", "قال الدفاع المدني إنه بلغ بسقوط مركبة من طراز داتسون داخل بئر"));
    assertEquals("CAPTURE", only("أعلن الجيش سقوط مدينة الرمادي بيد التنظيم", "CAPTURE").type());
  }

  @Test
  void hisInjuryHumanLossesAndAStatementAreReports() {
    assertEquals("INJURED", only("أعلن الجيش أن القائد في حال حرجة إثر إصابته بغارة روسية",
        "INJURED").type());
    assertEquals("KILLED", only("وأسفر الزلزال عن خسائر بشرية كبيرة في الإقليم", "KILLED").type());
    assertTrue(none("KILLED", "وتكبدت الشركة خسائر مادية كبيرة هذا العام"));
    assertEquals("STATEMENT", only("وقال المتحدث في تصريح صحفي إن القصف مستمر", "STATEMENT")
        .type());
    assertTrue(none("STATEMENT", "حصل العامل على تصريح عمل جديد"));
  }

  @Test
  void holdingHostagesIsNoArrest() {
    assertTrue(none("ARREST", "أنهى الجيش عملية احتجاز الرهائن في فندق بمدينة سيفاري"));
    assertEquals("ARREST", only("احتجزت الشرطة ثلاثة مشتبه بهم في المدينة", "ARREST").type());
  }

  @Test
  void aMatchIsNoMeeting() {
    assertTrue(none("MEET", "وسيخوض الفريق أربع مواجهات ودية يفتتحها بلقاء بني ياس الإماراتي"));
    assertTrue(none("MEET", "التقى الهلال بالنصر في نهائي كأس السوبر على ملعب لوفتس رود"));
    assertEquals("MEET", only("التقى وزير الخارجية نظيره الروسي في موسكو", "MEET").type());
    assertTrue(none("INJURED", "وسيتواصل غياب إبراهيم غالب وأحمد الفريدي عن الفريق للإصابة"));
    assertTrue(none("INJURED", "ورفضت هيئة المحلفين التماس الإصابة باختلال عقلي الذي رفعه محاموه"));
  }

  @Test
  void theDeathOfSomeonesRelativeIsNoNewsOfADeath() {
    assertTrue(none("KILLED", "غاب اللاعب عن المباراة نظير ظروفه العائلية المتمثلة بوفاة أحد أقاربه"));
    assertEquals("KILLED", only("أعلن مسؤول اليوم وفاة والد الطفل متأثراً بجروحه", "KILLED").type());
  }

  @Test
  void aNameAfterMinQibalIsTheDoer() {
    String text = "اندلعت احتجاجات إثر مقتل عقيد في الجيش من قبل سليمان الأسد أمام أطفاله.";
    EventMention killed = first(text, List.of(name(text, "سليمان الأسد", EntityType.PERSON)),
        "KILLED");
    assertEquals(List.of("e-سليمان الأسد"), killed.withRole(ArgumentRole.AGENT));
    assertEquals(List.of(), killed.withRole(ArgumentRole.PATIENT));
  }

  @Test
  void aTriggerAfterAPrepositionIsNotTheDoingOfTheNamesBeforeIt() {
    String text = "زار بشار الأسد موسكو بعد يوم من هجوم الفصائل على حلب.";
    EventMention attack = first(text, List.of(name(text, "بشار الأسد", EntityType.PERSON),
        name(text, "حلب", EntityType.PLACE)), "ATTACK");
    assertEquals(List.of(), attack.withRole(ArgumentRole.AGENT),
        "Assad visited; the factions attacked");
    String visit = "زار بشار الأسد موسكو بعد يوم من هجوم الفصائل على حلب.";
    EventMention where = first(visit, List.of(name(visit, "موسكو", EntityType.PLACE),
        name(visit, "حلب", EntityType.PLACE)), "ATTACK");
    assertEquals(List.of("e-حلب"), where.places(),
        "Moscow is where Assad went, Aleppo was attacked");
    String said = "قال كارتر في بيان إن الضربة نجحت.";
    EventMention statement = first(said, List.of(name(said, "كارتر", EntityType.PERSON)),
        "STATEMENT");
    assertEquals(List.of("e-كارتر"), statement.withRole(ArgumentRole.AGENT));
  }

  @Test
  void aDefiniteNounTriggerHasNoDoerBeforeIt() {
    String text = "ودان الأمين العام أنطونيو غوتيريش التفجير الإرهابي الذي استهدف الحافلات.";
    EventMention attack = first(text, List.of(name(text, "أنطونيو غوتيريش", EntityType.PERSON)),
        "ATTACK");
    assertEquals(List.of(), attack.withRole(ArgumentRole.AGENT), "Guterres condemned it");
    String glued = "وندد التنظيم بتفجير سيارة مفخخة.";
    assertEquals(List.of(), first(glued, List.of(name(glued, "التنظيم", EntityType.ORG)),
        "ATTACK").withRole(ArgumentRole.AGENT));
    String reaction = "كما أدان البرلمان العربي التفجير الإرهابي، وعبّر رئيس البرلمان أحمد الجروان"
        + " عن استنكاره الشديد.";
    assertEquals(List.of(), first(reaction, List.of(name(reaction, "أحمد الجروان",
        EntityType.PERSON)), "ATTACK").actors(), "he condemned the bombing, he did not bomb");
    String light = "وشنت طائرات التحالف غارة جوية على معسكر تدريب.";
    assertEquals(List.of("e-التحالف"), first(light, List.of(name(light, "التحالف",
        EntityType.ORG)), "ATTACK").withRole(ArgumentRole.AGENT), "شنّ does its noun");
    String verb = "والتقى بوتين الأسد في موسكو.";
    assertEquals(List.of("e-بوتين"), first(verb, List.of(name(verb, "بوتين", EntityType.PERSON)),
        "MEET").withRole(ArgumentRole.AGENT), "التقى is a verb: its ال is no article");
  }

  @Test
  void aNameInQuotationMarksStaysInItsClause() {
    String text = "قتل مسلحون من جماعة \"بوكو حرام\" المتطرفة عشرات الاشخاص في أربع قرى في نيجيريا.";
    EventMention killed = first(text, List.of(name(text, "نيجيريا", EntityType.PLACE)),
        "KILLED");
    assertEquals(List.of("e-نيجيريا"), killed.places());
  }

  @Test
  void thePlaceOfALongReportComesLast() {
    String text = "قال مسؤولون إن مسلحين قتلوا ما لا يقل عن ستة أطفال وثلاثة بالغين حرقا خلال هجوم"
        + " على قرية شمالي الكاميرون.";
    EventMention killed = first(text, List.of(name(text, "الكاميرون", EntityType.PLACE)),
        "KILLED");
    assertEquals(List.of("e-الكاميرون"), killed.places());
  }

  @Test
  void theLongReachOfAPlaceStopsAtTheNextClause() {
    String text = "وسيطرت المعارضة على مدينة حمص مساء يوم 7 ديسمبر 2024، وفي ذلك الوقت قرر الأسد"
        + " الهروب إلى موسكو.";
    EventMention capture = first(text, List.of(name(text, "حمص", EntityType.PLACE),
        name(text, "موسكو", EntityType.PLACE)), "CAPTURE");
    assertEquals(List.of("e-حمص"), capture.places(), "Assad fled to Moscow; Homs was taken");
    String then = "وسيطرت المعارضة على مدينة حماة، وحينها حاول الأسد الاتصال ببوتين.";
    assertEquals(List.of(), first(then, List.of(name(then, "الأسد", EntityType.PERSON)),
        "CAPTURE").withRole(ArgumentRole.AGENT), "«وحينها» opens the next clause");
  }

  @Test
  void aClocksTimeZoneIsNoPlaceOfTheEvent() {
    for (String text : List.of("الساعة 16 : 44 ( مكة المكرمة ) - عشرات القتلى بانفجار قرب الحافلات",
        "وقع انفجار عند الساعة الثالثة بتوقيت مكة المكرمة قرب الحافلات")) {
      EventMention attack = first(text, List.of(name(text, "مكة المكرمة", EntityType.PLACE)),
          "ATTACK");
      assertEquals(List.of(), attack.places(), text);
    }
    String dateline = "أتلانتا ( CNN ) - - سقط عشرات القتلى إثر تفجير في منطقة الراشدين غرب حلب";
    EventMention filed = first(dateline, List.of(name(dateline, "أتلانتا", EntityType.PLACE),
        name(dateline, "حلب", EntityType.PLACE)), "ATTACK");
    assertEquals(List.of("e-حلب"), filed.places(), "Atlanta is where CNN filed it");
    String place = "وقع انفجار قرب الحافلات في مكة المكرمة";
    assertEquals(List.of("e-مكة المكرمة"), first(place, List.of(name(place, "مكة المكرمة",
        EntityType.PLACE)), "ATTACK").places());
  }

  @Test
  void anAttackADayBeforeTheToldEventTakesNoDateFromIt() {
    EventMention attack = dated(article("زار الأسد موسكو يوم 28 نوفمبر 2024 بعد يوم من هجوم الفصائل"
        + " على حلب.")).stream().filter(e -> e.type().equals("ATTACK")).findFirst().orElseThrow();
    assertNull(attack.when(), "the attack was the day before the visit");
    assertEquals(WhenBasis.REFERENCE, attack.whenBasis());
  }

  @Test
  void theNamesOfAResultAreNotTheAttacks() {
    String text = "وقالت الجماعة إن التفجير أسفر عن مقتل 100 شخص من أنصار نظام الرئيس بشار الأسد.";
    EventMention attack = first(text, List.of(name(text, "بشار الأسد", EntityType.PERSON)),
        "ATTACK");
    assertEquals(List.of(), attack.actors(), "the dead were Assad's supporters, he did not bomb");
  }

  /** The one report of {@code type} of {@code text} on a page published on {@code day}. */
  private static EventMention datedOn(String day, String text, String type) {
    Article a = ArticleBuilder.text(text).published(Published.fromMetadata(day, "url")).build();
    List<EventMention> found = dated(a).stream().filter(e -> e.type().equals(type)).toList();
    assertEquals(1, found.size(), () -> type + " in " + text + ": " + found);
    return found.get(0);
  }

  @Test
  void aBirthYearNeverDatesTheEvent() {
    EventMention killed = datedOn("2015-07-31",
        "والمتهمون هم: مبارك ملفي مواليد 1986 انضم وقتل في العراق.", "KILLED");
    assertNull(killed.when(), "1986 is his birth year");
    assertEquals(WhenBasis.UNTIED, killed.whenBasis());
    assertEquals("1986", datedOn("2015-07-31", "قتل الجندي في العراق عام 1986.", "KILLED")
        .when());
  }

  @Test
  void aFoundingDayNeverDatesTheEvent() {
    EventMention meeting = datedOn("2015-07-31",
        "اجتمع أعضاء الجمعية التي تأسست في 3 يناير 2015 بالرياض.", "MEET");
    assertNull(meeting.when(), "the founding's day, not the meeting's");
    assertEquals(WhenBasis.UNTIED, meeting.whenBasis());
    assertEquals("2015-01-03", datedOn("2015-07-31",
        "اجتمع أعضاء الجمعية في 3 يناير 2015 بالرياض.", "MEET").when());
  }

  @Test
  void aFarSinceIsNotTheEventsTime() {
    EventMention visit = datedOn("2015-07-21",
        "وذلك في أول زيارة رسمية لوزير خارجية كوبي إلى واشنطن منذ سنة 1959.", "VISIT");
    assertNull(visit.when(), "since 1959 is the span, not the visit");
    assertEquals(WhenBasis.UNTIED, visit.whenBasis());
    assertEquals("1959", datedOn("2015-07-21", "زار وزير الخارجية الكوبي واشنطن سنة 1959.",
        "VISIT").when());
    assertEquals("2015-07-21", datedOn("2015-07-21",
        "قتل خمسة أشخاص في الاشتباكات منذ صباح اليوم.", "KILLED").when(), "a near since stays");
  }

  @Test
  void aFarDateIsNeverCarriedFromTheNarration() {
    EventMention killed = datedOn("2015-07-23",
        "غرقت العبارة في 15 ديسمبر 1991 قرب سفاجا. وقتل 476 راكبا.", "KILLED");
    assertNull(killed.when(), "a date of 1991 carried to a sentence with no time of its own");
    assertEquals(WhenBasis.UNTIED, killed.whenBasis());
    EventMention near = datedOn("2015-07-23",
        "غرقت العبارة في 15 يوليو 2015 قرب سفاجا. وقتل 476 راكبا.", "KILLED");
    assertEquals("2015-07-15", near.when());
    assertEquals(WhenBasis.CONTEXT, near.whenBasis());
  }

  @Test
  void aFarDateOutsideTheTriggersClauseDoesNotDateIt() {
    EventMention meeting = datedOn("2015-07-21",
        "اجتمع مجلس الوزراء اللبناني، ووقعت الحرب في 5 يونيو 1967.", "MEET");
    assertNull(meeting.when(), "the war's day, after the comma");
    assertEquals(WhenBasis.UNTIED, meeting.whenBasis());
    assertEquals("1967-06-05", datedOn("2015-07-21",
        "اجتمع مجلس الوزراء اللبناني في 5 يونيو 1967.", "MEET").when());
    assertEquals("2015-06-05", datedOn("2015-07-21",
        "اجتمع مجلس الوزراء اللبناني، وذلك في 5 يونيو 2015.", "MEET").when(),
        "a near date keeps the sentence's reach");
  }

  @Test
  void theEndOfAFarSpanIsNoMoreTheEventsTimeThanItsStart() {
    EventMention killed = datedOn("2015-07-21", "ويتهم حبري بتعذيب وقتل الآلاف خلال فترة حكمه"
        + " للبلاد بين عامي 1982 و1990.", "KILLED");
    assertNull(killed.when(), "1990 ends the span 1982 opens");
    assertEquals(WhenBasis.UNTIED, killed.whenBasis());
    assertEquals("1990", datedOn("2015-07-21", "وقتل الآلاف في البلاد عام 1990.", "KILLED")
        .when());
  }

  @Test
  void anIdiomOfThenAndNowIsNoTime() {
    Article a = ArticleBuilder.text("وما أشبه الليلة بالبارحة، قال الأمين العام إن الحرب انتهت.")
        .published(Published.fromMetadata("2015-08-02", "url")).build();
    assertTrue(org.isnad.annotate.time.TimeAnnotator.standard().annotate(a).timexes().isEmpty());
  }
}
