package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Two spellings of one outlet are one origin; two outlets stay two; a speaker that names an
 * outlet is that outlet, one that only points back ("للشبكة") is the outlet named before it.
 */
class SourceResolverTest {
  private static final String FIRST = "أفادت قناة الإخبارية بسقوط قتلى.";

  /** The channel of the report in the second sentence, whose statement {@code speaker} made. */
  private static String relayOf(String speaker, String outletBefore) {
    String second = " وذكرت " + speaker + " أن إرهابيين فجروا سيارة مفخخة.";
    String text = FIRST.replace("قناة الإخبارية", outletBefore) + second;
    int start = text.indexOf(second) + 1;
    Article a = ArticleBuilder.text(text).id("a").document("d-a").title("عنوان").outlet("سي إن إن")
        .published(Published.fromMetadata("2017-04-15", "test")).build();
    int cue = text.indexOf("وذكرت");
    Quote q = new Quote("a-q1", "a", text.indexOf(" أن ") + 4, text.length() - 1,
        "إرهابيين فجروا سيارة مفخخة", "وذكرت", cue, false,
        new Speaker(speaker, cue + 6, cue + 6 + speaker.length(), null),
        List.of(new ChainLink("سي إن إن", null, ChainRole.PUBLISHER),
            new ChainLink(speaker, null, ChainRole.SPEAKER)));
    EntityMention outlet = new EntityMention("a", 6, 6 + outletBefore.length(), outletBefore,
        EntityType.OUTLET, "o1");
    int trigger = text.indexOf("فجروا");
    EventMention m = new EventMention("a-e1", "a", "ATTACK", "فجروا", trigger, trigger + 5, start,
        text.length(), text.substring(start), Modality.ASSERTED, null, null, null, List.of(),
        List.of(), null, null);
    SourceResolver resolver = new SourceResolver(Map.of("a", a), Map.of("a", List.of(q)),
        Map.of(), Map.of("a", List.of(outlet)));
    return resolver.relay(m);
  }

  @Test
  void anAgencyNamedInFullIsItsOwnChannelNotTheOutletNamedBefore() {
    assertEquals("وكالة الأنباء السورية الرسمية",
        relayOf("وكالة الأنباء السورية الرسمية", "قناة الإخبارية"));
  }

  @Test
  void anOutletWordAloneOrWithItsKindPointsBackToTheOutletNamedBefore() {
    assertEquals("شبكة إن بي سي نيوز", relayOf("الشبكة الأمريكية", "شبكة إن بي سي نيوز"));
    assertEquals("شبكة إن بي سي نيوز", relayOf("الشبكة", "شبكة إن بي سي نيوز"));
  }

  @Test
  void aSpeakerThatIsNoOutletIsNoChannel() {
    assertEquals(null, relayOf("الشرطة المحلية", "قناة الإخبارية"));
  }

  @Test
  void spellingsOfOneOutletShareAKey() {
    assertEquals(SourceResolver.key("رويترز"), SourceResolver.key("وكالة رويترز"));
    assertEquals(SourceResolver.key("صحيفة أ س"), SourceResolver.key("صحيفة ا . س الإسبانية"));
    assertEquals(SourceResolver.key("جيروزاليم بوست"),
        SourceResolver.key("صحيفة جيروزاليم بوست الإسرائيلية"));
    assertEquals(SourceResolver.key("رويترز"), SourceResolver.key("وكالة رويترز للأنباء"));
  }

  @Test
  void differentOutletsKeepDifferentKeys() {
    assertNotEquals(SourceResolver.key("وكالة الأنباء الفرنسية"),
        SourceResolver.key("وكالة الأنباء السعودية"));
    assertNotEquals(SourceResolver.key("قناة العربية"), SourceResolver.key("قناة الجزيرة"));
  }
}
