package org.isnad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.Checking;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview export is JSON-LD of schema.org types: a ClaimReview per claim whose
 * itemReviewed is a Claim with the supporting and denying articles as appearances and the
 * earliest report as first appearance; no rating is invented.
 */
class ClaimReviewJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aClaimReviewWithTheEvidenceAndNoRating() throws Exception {
    Analysis analysis = ClaimCheckerTest.copies();
    ClaimCheck c = Checking.over(analysis, FakeJudge.of("موسكو", "بيسكوف"), 50)
        .check(new ClaimRequest("c1", ClaimCheckerTest.CLAIM, List.of()));
    JsonNode doc = JSON.readTree(ClaimReviewJson.of(List.of(c,
        ClaimCheck.failed("bad", null, "line 2 is not JSON")), null));
    assertEquals("https://schema.org", doc.get("@context").asText());
    assertEquals(1, doc.get("@graph").size(), "a line without a claim has no review");
    JsonNode review = doc.get("@graph").get(0);
    assertEquals("ClaimReview", review.get("@type").asText());
    assertEquals(ClaimCheckerTest.CLAIM, review.get("claimReviewed").asText());
    JsonNode claim = review.get("itemReviewed");
    assertEquals("Claim", claim.get("@type").asText());
    Set<String> urls = new TreeSet<>();
    claim.get("appearance").forEach(a -> {
      assertEquals("CreativeWork", a.get("@type").asText());
      urls.add(a.get("url").asText());
    });
    assertEquals(Set.of("https://a.example/news/1", "https://b.example/news/2",
        "https://c.example/news/3"), urls);
    assertEquals("https://a.example/news/1", claim.at("/firstAppearance/url").asText());
    assertEquals("2024-12-08", claim.at("/firstAppearance/datePublished").asText());
    JsonNode rating = review.get("reviewRating");
    assertEquals("Rating", rating.get("@type").asText());
    assertFalse(rating.has("ratingValue"), "no rating is invented");
    assertFalse(rating.has("alternateName"));
    assertFalse(review.has("datePublished"));
    assertFalse(review.has("author"));
    JsonNode dated = JSON.readTree(ClaimReviewJson.of(List.of(c), "2026-12-07"));
    assertEquals("2026-12-07", dated.at("/@graph/0/datePublished").asText());
    assertTrue(claim.get("appearance").size() >= 3);
  }
}
