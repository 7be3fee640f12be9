package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.model.DropReason;
import org.junit.jupiter.api.Test;

/** One test per line rule, Arabic inline. */
class LineTaggerTest {
  private static LineTagger.Tag tag(String line) {
    return new LineTagger().tag(List.of(Line.of(1, line, 0)), SiteTemplate.empty()).get(0);
  }

  private static void drops(String line, DropReason reason) {
    assertEquals(reason, tag(line).reason(), line);
  }

  private static void kind(String line, LineKind kind) {
    assertEquals(kind, tag(line).kind(), line);
  }

  @Test void navigation() { drops("أخر الأخبار", DropReason.NAVIGATION); }
  @Test void skipLink() { drops("تخطى إلى المحتوى", DropReason.NAVIGATION); }
  @Test void readAlsoWithLink() { drops("اقرأ أيضاً: بوتين يلتقي أردوغان في سوتشي", DropReason.READ_ALSO); }
  @Test void readAlsoWithHamzaSpelling() { drops("إقرأ أيضا: خبر آخر", DropReason.READ_ALSO); }
  @Test void readAlsoAloneAnnouncesALink() { kind("إقرأ أيضاً:", LineKind.READ_ALSO_EMPTY); }
  @Test void relatedHeader() { kind("مقالات ذات صلة", LineKind.RELATED_HEADER); }
  @Test void relatedHeadlinesGluedOnOneLine() {
    drops("أخبار ذات صلة وزيرا خارجية فرنسا وسوريا يلتقيان", DropReason.RELATED_LIST);
  }
  @Test void bulletOfALinkList() { kind("• فرنسا تلغي مذكرة لتوقيف الرئيس السابق", LineKind.BULLET); }
  @Test void longBulletIsText() {
    kind("•جنون العظمة ليس داء بشرياً فقط، فحتى الدول والمنظمات يمكن أن تصاب بهذا المرض القاتل.",
        LineKind.BODY);
  }
  @Test void tagLine() { kind("كلمات دلالية: سوريا، لبنان", LineKind.TAGS); }
  @Test void whatsappCall() { drops("انضم إلى قناتنا الإخبارية على واتساب", DropReason.SHARE_FOLLOW); }
  @Test void followCall() { drops("تابعونا على وسائل التواصل | |||", DropReason.SHARE_FOLLOW); }
  @Test void socialLinksLine() { drops("Youtube | Google News |", DropReason.SHARE_FOLLOW); }
  @Test void aParagraphCitingATweetIsText() {
    kind("قالت اللجنة الدولية للصليب الأحمر في بيان نشرته صباح اليوم في حسابها على تويتر إنه تم "
        + "البدء في عمليات إجلاء الجرحى والمرضى من البلدات المحاصرة في ريف دمشق، بعد أسابيع من "
        + "المفاوضات مع الأطراف المتحاربة على الأرض", LineKind.BODY);
  }
  @Test void aShortLineWithTheSamePhraseIsFurniture() {
    drops("تابعونا على تويتر وفيسبوك", DropReason.SHARE_FOLLOW);
  }
  @Test void tableLeftover() { drops("---|", DropReason.NON_CONTENT); }
  @Test void commentForm() { drops("اترك تعليقاً", DropReason.COMMENT_FORM); }
  @Test void commentNotice() {
    drops("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        DropReason.COMMENT_FORM);
  }
  @Test void backToTop() { drops("زر الذهاب إلى الأعلى", DropReason.BACK_TO_TOP); }
  @Test void errorLeftover() { drops("error:", DropReason.ERROR_LEFTOVER); }
  @Test void sourceLine() { kind("المصدر: صدى البلد", LineKind.SOURCE); }
  @Test void bylineWithLabel() { kind("بقلم: سلمى العلي", LineKind.BYLINE); }
  @Test void interviewByline() { kind("حوار: آسيا العتروس", LineKind.BYLINE); }
  @Test void teamByline() { kind("طيف بوست – فريق التحرير", LineKind.BYLINE); }
  @Test void partyNameIsNotATeamByline() {
    kind("بشأن جلسة الغد... نائب \"التنمية والتحرير\": مستمرون في التفاوض!", LineKind.HEADLINE);
  }
  @Test void datelineLine() { kind("دمشق (الاتحاد)", LineKind.DATELINE); }
  @Test void dateStamp() { drops("الأحد 8 ديسمبر 2024 - 10:30 ص", DropReason.DATE_STAMP); }
  @Test void biography() {
    kind("كاتب صحفي متخصص في كتابة التقارير والأخبار بمختلف أنواعها", LineKind.BIO);
  }
  @Test void sentenceIsBody() { kind("وقال مصدر أمني غربي إن لافروف فعل كل ما في وسعه.", LineKind.BODY); }
  @Test void headlineShape() { kind("تأجيل لقاء موسكو والمساعدات الإيرانية المفقودة", LineKind.HEADLINE); }
  @Test void shortLabel() { kind("سياسة", LineKind.LABEL); }

  @Test
  void nameLineBeforeABiographyIsTheAuthorBox() {
    List<LineTagger.Tag> tags = new LineTagger().tag(List.of(Line.of(1, "rami fakhori", 0),
        Line.of(2, "كاتب صحفي متخصص في كتابة التقارير", 20)), SiteTemplate.empty());
    assertEquals(LineKind.BIO_NAME, tags.get(0).kind());
  }
}
