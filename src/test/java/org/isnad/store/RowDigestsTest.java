package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.ArgumentRole;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;

/** Kept row digests are reused only for rows whose JSON is the same. */
class RowDigestsTest {
  private static final String SENTENCE = "التقى الوزير نظيره في عمّان";

  /** The case's first document with one event report whose roles come in the given order. */
  private static AnnotatedDocument withRoles(String... order) {
    Map<String, ArgumentRole> roles = new LinkedHashMap<>();
    for (String id : order) {
      roles.put(id, id.equals("e-city") ? ArgumentRole.PLACE : ArgumentRole.AGENT);
    }
    EventMention m = new EventMention("m1", "d1-a1", "MEET", "التقى", 0, 5, 0, SENTENCE.length(),
        SENTENCE, Modality.ASSERTED, null, null, null, List.of("e-army"), List.of("e-city"),
        null, null, roles);
    AnnotatedDocument d = ContestedCase.build().annotated().get(0);
    return d.withArticles(List.of(d.articles().get(0).withEvents(List.of(m))));
  }

  @Test
  void anEqualDocumentReusesItsDigest() {
    RowDigests kept = RowDigests.kept();
    String first = kept.documents(List.of(withRoles("e-army", "e-city"))).get(0);
    kept.turn();
    assertEquals(first, kept.documents(List.of(withRoles("e-army", "e-city"))).get(0));
    assertEquals(Digest.of(withRoles("e-army", "e-city")), first);
  }

  @Test
  void rolesInAnotherOrderAreDigestedAgainThoughTheDocumentsAreEqual() {
    AnnotatedDocument one = withRoles("e-army", "e-city");
    AnnotatedDocument other = withRoles("e-city", "e-army");
    assertEquals(one, other);
    assertNotEquals(Digest.of(one), Digest.of(other));
    RowDigests kept = RowDigests.kept();
    kept.documents(List.of(one));
    kept.turn();
    assertEquals(Digest.of(other), kept.documents(List.of(other)).get(0));
  }
}
