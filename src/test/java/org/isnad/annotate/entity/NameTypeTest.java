package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.isnad.annotate.entity.NameTagger.Name;
import org.isnad.annotate.entity.NameTagger.Type;
import org.junit.jupiter.api.Test;

/**
 * A tagged name's type is one of ANERcorp's four (an enum): a code outside them («PER», a
 * label «B-PERS») is an error, not a fifth type that no rule knows.
 */
class NameTypeTest {
  @Test
  void aNameTypeIsOneOfFourAndAnUnknownCodeIsAnError() {
    assertEquals(Type.PERS, new Name(0, 2, "PERS").type());
    assertEquals(List.of("PERS", "LOC", "ORG", "MISC"),
        java.util.Arrays.stream(Type.values()).map(Type::name).toList());
    assertThrows(IllegalArgumentException.class, () -> new Name(0, 1, "PER"));
    assertThrows(IllegalArgumentException.class, () -> new Name(0, 1, "B-PERS"));
  }

  @Test
  void theTaggerGivesTypesAsEnums() {
    NameTagger tagger = words -> List.of(new Name(0, 2, Type.LOC));
    assertEquals(Type.LOC, tagger.tag(List.of("المملكة", "المتحدة")).get(0).type());
  }
}
