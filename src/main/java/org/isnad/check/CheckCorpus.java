package org.isnad.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Event;

/**
 * The articles a claim is checked against, as the engine annotated and linked them: an
 * analysis in memory ({@link AnalysisCorpus}) or a store ({@link StoreCorpus}). Thread safe.
 */
public interface CheckCorpus {
  /**
   * The ids of the articles worth judging for a claim with content words {@code words}, best
   * first, at most {@code cap}; when {@code urls} is not empty only articles whose URL (or the
   * source of their document) is among them.
   */
  List<String> candidates(ClaimWords words, Set<String> urls, int cap);

  /** The urls (or document sources) among {@code urls} that no article of the corpus is at. */
  List<String> missing(List<String> urls);

  /** One article by id, as linked. */
  Optional<AnnotatedArticle> article(String id);

  /** The article that {@code id} is a copy of ({@code duplicateOf}), or {@code null}. */
  String copyOf(String id);

  /** The timeline's events with a report in article {@code id}. */
  List<Event> eventsOf(String id);

  /** How {@link #candidates} chose the articles, in a sentence (the output's basis). */
  String candidateBasis();
}
