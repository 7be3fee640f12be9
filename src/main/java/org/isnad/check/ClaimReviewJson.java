package org.isnad.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked claim as schema.org {@code ClaimReview} JSON-LD: {@code claimReviewed}, and
 * {@code itemReviewed} a {@code Claim} whose {@code appearance} lists the URLs of the articles
 * that support or deny it and whose {@code firstAppearance} is the earliest report. The rating
 * and the author are left to the person who reviews: {@code reviewRating} is given with no value
 * and a note saying so, never invented; {@code datePublished} only when given. Stateless.
 */
public final class ClaimReviewJson {
  /** What the empty rating says. */
  static final String NO_RATING = "isnad gives evidence, never a verdict: the reviewer rates "
      + "the claim";

  private ClaimReviewJson() {}

  /**
   * The reviews of {@code claims} (those with a claim), as one JSON-LD document: a list of
   * {@code ClaimReview} objects under {@code @graph}.
   *
   * @param datePublished the review's date (ISO 8601) or {@code null} to leave it out
   */
  public static byte[] of(List<ClaimCheck> claims, String datePublished) {
    List<Object> graph = new ArrayList<>();
    claims.stream().filter(c -> c.claim() != null)
        .forEach(c -> graph.add(review(c, datePublished)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", "https://schema.org");
    doc.put("@graph", graph);
    return CheckJson.bytes(doc);
  }

  static Map<String, Object> review(ClaimCheck check, String datePublished) {
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("@type", "ClaimReview");
    review.put("claimReviewed", check.claim());
    review.put("itemReviewed", claim(check));
    Map<String, Object> rating = new LinkedHashMap<>();
    rating.put("@type", "Rating");
    rating.put("ratingExplanation", NO_RATING);
    review.put("reviewRating", rating);
    if (datePublished != null) {
      review.put("datePublished", datePublished);
    }
    return review;
  }

  private static Map<String, Object> claim(ClaimCheck check) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("@type", "Claim");
    Set<String> urls = new LinkedHashSet<>();
    check.articles().stream().filter(a -> a.url() != null && (a.stance().equals("agree")
        || a.stance().equals("disagree"))).forEach(a -> urls.add(a.url()));
    claim.put("appearance", urls.stream().map(ClaimReviewJson::work).toList());
    EarliestReport first = check.summary().earliest();
    if (first != null && first.url() != null) {
      Map<String, Object> work = work(first.url());
      work.put("datePublished", first.published());
      claim.put("firstAppearance", work);
    }
    return claim;
  }

  private static Map<String, Object> work(String url) {
    Map<String, Object> work = new LinkedHashMap<>();
    work.put("@type", "CreativeWork");
    work.put("url", url);
    return work;
  }
}
