package org.isnad.spark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Document;
import org.isnad.store.Store;

/**
 * Extracts and annotates one partition's documents on an executor, through the engine's public
 * door ({@link Isnad#annotateAgainst}): the same stage code {@code isnad analyze} runs per
 * document (extract with the batch's site template, then the article pass: time, entities,
 * statements), in windows of {@value #WINDOW} documents so a partition's pages are not all held
 * at once. A bug of ours costs its document (a recorded problem), never the partition.
 */
final class PartitionAnnotator {
  static final int WINDOW = 128;

  private PartitionAnnotator() {}

  /** The partition's documents (as read, JSON) annotated against the batch's template lines. */
  static Iterator<Annotated> annotate(Iterator<Ingested> rows, Set<String> templateLines) {
    Isnad isnad = Isnad.with(1, Clock.systemUTC());
    List<Annotated> out = new ArrayList<>();
    List<Document> window = new ArrayList<>(WINDOW);
    while (rows.hasNext()) {
      window.add(ModelCodec.read(rows.next().json(), Document.class));
      if (window.size() == WINDOW || !rows.hasNext()) {
        for (Store.Settled settled : isnad.annotateAgainst(window, templateLines::contains)) {
          out.add(of(settled));
        }
        window.clear();
      }
    }
    return out.iterator();
  }

  private static Annotated of(Store.Settled settled) {
    AnnotatedDocument document = settled.annotated();
    List<long[]> bands = new ArrayList<>();
    for (AnnotatedArticle a : document.articles()) {
      bands.add(NearDuplicateFinder.Signature.of(a.article().text()).bands());
    }
    return new Annotated(ModelCodec.write(document), bands,
        settled.refused().stream().sorted().toList());
  }
}
