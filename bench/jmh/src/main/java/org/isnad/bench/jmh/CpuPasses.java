package org.isnad.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.annotate.event.EventAnnotator;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.isnad.model.Timex;
import org.isnad.text.ArticleContext;

/**
 * The CPU time (of this thread, not the wall clock) of one pass of the text layer, the time
 * annotator and the event annotator over the benchmark texts ({@link Corpus}): the median of
 * {@code passes} passes after two warm-up passes. On a machine shared with other work the wall
 * time of a JMH score swings with the load; a thread's CPU time much less. Usage:
 * {@code java -cp benchmarks.jar:isnad.jar org.isnad.bench.jmh.CpuPasses [passes]}.
 */
public final class CpuPasses {
  private CpuPasses() {
  }

  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<Article> articles = new ArrayList<>();
    for (String text : Corpus.texts()) {
      int i = articles.size();
      articles.add(new Article("a" + i, "d" + i, null, text, null, null, null, null, List.of(),
          "ar", null, Published.unknown(), List.of()));
    }
    List<ArticleContext> contexts = new ArrayList<>();
    List<List<Timex>> timexes = new ArrayList<>();
    for (Article article : articles) {
      ArticleContext context = ArticleContext.of(article);
      context.sentenceTokens();
      contexts.add(context);
      timexes.add(TimeAnnotator.standard().annotate(context).timexes());
    }
    String[] names = {"textLayer", "timeAnnotator", "eventAnnotator"};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int b = 0; b < names.length; b++) {
      long[] times = new long[passes];
      long sink = 0;
      for (int p = -2; p < passes; p++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < articles.size(); i++) {
          sink += pass(b, articles.get(i), contexts.get(i), timexes.get(i));
        }
        if (p >= 0) {
          times[p] = threads.getCurrentThreadCpuTime() - start;
        }
      }
      Arrays.sort(times);
      System.out.printf("%-15s %d articles, CPU ms per pass: median %.0f (min %.0f, max %.0f)"
          + " [%d]%n", names[b], articles.size(), times[passes / 2] / 1e6, times[0] / 1e6,
          times[passes - 1] / 1e6, sink);
    }
  }

  private static long pass(int benchmark, Article article, ArticleContext context,
      List<Timex> timexes) {
    return switch (benchmark) {
      case 0 -> {
        ArticleContext fresh = ArticleContext.of(article);
        yield fresh.aligned().normalized().length() + fresh.normalizedSentences().size()
            + fresh.sentenceTokens().size();
      }
      case 1 -> TimeAnnotator.standard().annotate(article).timexes().size();
      default -> EventAnnotator.standard().annotate(context, timexes, List.of(), List.of())
          .size();
    };
  }
}
