// Scratch harness (not built by Maven): relinks a store's mentions and statements several times
// in one JVM, with one kept LinkRecall (turned by each linking) and without, timing each round
// and checking every round's result equals the one computed without recall.
// javac -cp target/isnad.jar -d /tmp/lr bench/incremental/LinkRounds.java
// java -Xmx6g -XX:+UseParallelGC -cp /tmp/lr:target/isnad.jar LinkRounds STORE_COPY [ROUNDS [MODES]]
//   MODES: recall,none (default), or one of them
//   (opens the store: use a copy)
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Supplier;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.link.EntityLinker;
import org.isnad.link.LinkRecall;
import org.isnad.link.SpeakerLinker;
import org.isnad.model.*;

public class LinkRounds {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  record Round(EntityLinker.Linked linked, List<List<Quote>> quotes) {}

  static double[] last = new double[2];

  static <T> T timed(Supplier<T> work) {
    long w = System.nanoTime(), c = OS.getProcessCpuTime();
    T t = work.get();
    last[0] = (System.nanoTime() - w) / 1e9;
    last[1] = (OS.getProcessCpuTime() - c) / 1e9;
    return t;
  }

  public static void main(String[] args) {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    long w0 = System.nanoTime();
    Analysis a = Isnad.withDefaults().stored(Path.of(args[0]), ProgressListener.NONE);
    System.out.printf("read back %.1f s%n", (System.nanoTime() - w0) / 1e9);
    List<AnnotatedArticle> all = a.annotated().stream().flatMap(d -> d.articles().stream())
        .toList();
    Map<String, List<EntityMention>> byArticle = new TreeMap<>();
    all.forEach(x -> byArticle.put(x.id(), x.mentions()));
    List<String> order = all.stream().map(AnnotatedArticle::id).toList();
    System.out.println(all.size() + " articles, "
        + all.stream().mapToInt(x -> x.mentions().size()).sum() + " mentions, "
        + all.stream().mapToInt(x -> x.quotes().size()).sum() + " statements");
    Round reference = round(all, byArticle, order, LinkRecall.none());
    System.out.printf("warm-up (no recall): entities %.2f/%.2f%n", last[0], last[1]);
    boolean same = true;
    for (String mode : (args.length > 2 ? args[2] : "recall,none").split(",")) {
      LinkRecall recall = mode.equals("recall") ? LinkRecall.kept() : LinkRecall.none();
      for (int r = 1; r <= rounds; r++) {
        Round got = round(all, byArticle, order, recall);
        boolean equal = got.linked().equals(reference.linked())
            && got.quotes().equals(reference.quotes());
        same &= equal;
        System.out.printf("%-6s round %d: %s | equal to no recall: %s%n", mode, r, times,
            equal);
      }
      System.out.printf("%-6s heap in use after a full GC, recall held: %d MB%n", mode,
          usedAfterGc() >> 20);
      Objects.requireNonNull(recall);
    }
    System.out.println(same ? "ALL ROUNDS EQUAL" : "DIFFERENT RESULTS");
    if (!same) {
      System.exit(1);
    }
  }

  static String times;

  static long usedAfterGc() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** One linking as Isnad.linkedEntities does it: entities (turning the recall), then speakers. */
  static Round round(List<AnnotatedArticle> all, Map<String, List<EntityMention>> byArticle,
      List<String> order, LinkRecall recall) {
    EntityLinker.Linked linked = timed(() -> new EntityLinker(recall).link(byArticle)
        .inOrderOf(order));
    String entities = String.format("entities wall/CPU %.2f/%.2f s", last[0], last[1]);
    Map<String, List<EntityMention>> own = new HashMap<>();
    linked.mentions().forEach(m -> own.computeIfAbsent(m.articleId(), k -> new ArrayList<>())
        .add(m));
    List<List<Quote>> quotes = timed(() -> {
      Map<String, Entity> entities2 = new LinkedHashMap<>();
      linked.entities().forEach(e -> entities2.put(e.id(), e));
      SpeakerLinker speakers = new SpeakerLinker(entities2, recall);
      return all.parallelStream().map(x -> x.quotes().isEmpty() ? x.quotes()
          : speakers.link(x.quotes(), own.getOrDefault(x.id(), List.of()), x.article().text()))
          .toList();
    });
    times = entities + String.format(", speakers %.2f/%.2f s", last[0], last[1]);
    return new Round(linked, quotes);
  }
}
