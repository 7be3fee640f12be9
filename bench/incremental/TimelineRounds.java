// Scratch harness (not built by Maven): rebuilds the stories and the timeline of a store's linked
// analysis several rounds in one JVM, with one TimelineRecall (turned between rounds) and without,
// printing each round's wall and CPU, and fails unless every round's timeline equals the one
// built without recall.
// javac -cp target/isnad.jar -d /tmp/tr bench/incremental/TimelineRounds.java
// java -Xmx6g -XX:+UseParallelGC -cp /tmp/tr:target/isnad.jar TimelineRounds STORE_COPY ROUNDS [JFR]
//   (opens the store: use a copy). With JFR (a file name) it profiles: only the builds with
//   recall run (nothing compared), rounds 3 on recorded with JFR's profile settings.
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.model.Timeline;
import org.isnad.timeline.TimelineBuilder;
import org.isnad.timeline.TimelineRecall;

public class TimelineRounds {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  record Timed<T>(T value, double wall, double cpu) {}

  static <T> Timed<T> timed(Supplier<T> work) {
    long w = System.nanoTime();
    long c = OS.getProcessCpuTime();
    T t = work.get();
    return new Timed<>(t, (System.nanoTime() - w) / 1e9, (OS.getProcessCpuTime() - c) / 1e9);
  }

  public static void main(String[] args) throws Exception {
    Analysis a = Isnad.withDefaults().stored(Path.of(args[0]), ProgressListener.NONE);
    int rounds = Integer.parseInt(args[1]);
    List<AnnotatedArticle> all = a.annotated().stream().flatMap(d -> d.articles().stream())
        .toList();
    List<Article> articles = all.stream().map(AnnotatedArticle::article).toList();
    List<EntityMention> mentions = all.stream().flatMap(x -> x.mentions().stream()).toList();
    List<Quote> quotes = all.stream().flatMap(x -> x.quotes().stream()).toList();
    List<EventMention> events = all.stream().flatMap(x -> x.events().stream()).toList();
    System.out.println(articles.size() + " articles, " + events.size() + " event reports, "
        + a.entities().size() + " entities");
    Map<String, NearDuplicateFinder.Signature> sig = new HashMap<>();
    articles.forEach(x -> sig.computeIfAbsent(x.text(), NearDuplicateFinder.Signature::of));
    TimelineBuilder.Input input = new TimelineBuilder.Input(articles, events, quotes, mentions,
        a.entities());
    TimelineRecall recall = TimelineRecall.kept();
    double[] cpu = new double[2];
    jdk.jfr.Recording recording = null;
    boolean profiling = args.length > 2;
    for (int round = 1; round <= rounds; round++) {
      if (profiling) {
        if (round == 3) {
          recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
          recording.start();
        }
        Timed<Timeline> with = build(new TimelineBuilder(sig::get, recall.next()), input);
        System.out.printf("round %d  with recall: wall %6.2f s cpu %6.2f s%n", round,
            with.wall(), with.cpu());
        continue;
      }
      Timed<Timeline> without = build(new TimelineBuilder(sig::get), input);
      Timed<Timeline> with = build(new TimelineBuilder(sig::get, recall.next()), input);
      boolean same = with.value().equals(without.value());
      System.out.printf("round %d  without recall: wall %6.2f s cpu %6.2f s"
          + "  |  with recall: wall %6.2f s cpu %6.2f s  |  %d events, equal: %s%n", round,
          without.wall(), without.cpu(), with.wall(), with.cpu(),
          with.value().events().size(), same);
      if (!same) {
        throw new AssertionError("round " + round + ": the recalled timeline differs");
      }
      if (round > 2) {
        cpu[0] += without.cpu();
        cpu[1] += with.cpu();
      }
    }
    if (recording != null) {
      recording.stop();
      recording.dump(Path.of(args[2]));
      recording.close();
      return;
    }
    if (!a.timeline().equals(build(new TimelineBuilder(sig::get), input).value())) {
      System.out.println("note: the stored timeline differs from the rebuilt one");
    }
    System.out.printf("rounds 3-%d CPU: without %.2f s, with %.2f s%n", rounds, cpu[0], cpu[1]);
    long kept = used();
    recall = null;
    System.out.printf("heap used after a full GC: %d MB with the recall, %d MB without%n",
        kept >> 20, used() >> 20);
  }

  /** Heap used after a full collection (the case, and the recall while it is referenced). */
  static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  static Timed<Timeline> build(TimelineBuilder builder, TimelineBuilder.Input input) {
    return timed(() -> builder.build(builder.stories(input.articles(), input.entityMentions(),
        input.entities()), input));
  }
}
