// Scratch harness (not built by Maven): times the linking stages separately on a store.
// javac -cp target/isnad.jar -d /tmp/ph bench/incremental/PhaseSplit.java
// java -Xmx6g -cp /tmp/ph:target/isnad.jar PhaseSplit STORE_DIR ROUNDS   (opens the store: use a copy)
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.*;
import java.util.function.Supplier;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.link.EntityLinker;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.*;
import org.isnad.timeline.TimelineBuilder;

/** Times the linking stages separately on a store's analysis (scratch, not part of the repo). */
public class PhaseSplit {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  static <T> T timed(String name, Supplier<T> work) {
    long w = System.nanoTime(), c = OS.getProcessCpuTime();
    T t = work.get();
    System.out.printf("%-28s wall %6.2f s  cpu %6.2f s%n", name, (System.nanoTime() - w) / 1e9,
        (OS.getProcessCpuTime() - c) / 1e9);
    return t;
  }

  public static void main(String[] args) {
    Analysis a = timed("read back (stored)", () -> Isnad.with(2, Clock.systemUTC())
        .stored(Path.of(args[0]), ProgressListener.NONE));
    List<AnnotatedArticle> all = a.annotated().stream().flatMap(d -> d.articles().stream()).toList();
    List<Article> articles = all.stream().map(AnnotatedArticle::article).toList();
    List<EntityMention> mentions = all.stream().flatMap(x -> x.mentions().stream()).toList();
    List<Quote> quotes = all.stream().flatMap(x -> x.quotes().stream()).toList();
    List<EventMention> events = all.stream().flatMap(x -> x.events().stream()).toList();
    System.out.println(articles.size() + " articles, " + mentions.size() + " mentions, "
        + events.size() + " event reports, " + a.entities().size() + " entities");
    for (int round = 1; round <= Integer.parseInt(args[1]); round++) {
      System.out.println("round " + round);
      Map<String, List<EntityMention>> byArticle = new TreeMap<>();
      all.forEach(x -> byArticle.put(x.id(), x.mentions()));
      timed("entity linker", () -> new EntityLinker().link(byArticle));
      List<Article> sorted = new ArrayList<>(articles);
      sorted.sort(Comparator.comparing((Article x) -> x.published().value() == null ? "~"
          : x.published().value()).thenComparing(Article::id));
      timed("copies (no signatures)", () -> new NearDuplicateFinder().copies(sorted.stream()
          .map(x -> new NearDuplicateFinder.Text(x.id(), x.text())).toList()));
      Map<String, NearDuplicateFinder.Signature> sig = new HashMap<>();
      articles.forEach(x -> sig.computeIfAbsent(x.text(), NearDuplicateFinder.Signature::of));
      timed("copies (signatures known)", () -> new NearDuplicateFinder().copies(sorted.stream()
          .map(x -> new NearDuplicateFinder.Text(x.id(), x.text())).toList(), sig::get));
      TimelineBuilder b = new TimelineBuilder(sig::get);
      TimelineBuilder.Stories s = timed("stories (copies+grouping)",
          () -> b.stories(articles, mentions, a.entities()));
      Timeline t = timed("events+sources+conflicts", () -> b.build(s, new TimelineBuilder.Input(
          articles, events, quotes, mentions, a.entities())));
      System.out.println("  " + t.events().size() + " events, " + t.stories().size()
          + " stories (stored: " + a.timeline().events().size() + ", "
          + a.timeline().stories().size() + ")");
    }
  }
}
