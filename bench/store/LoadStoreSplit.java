// Scratch harness (not built by Maven): times the LOAD and STORE phases of `isnad add` on a store,
// several rounds in one JVM, for steadier numbers than whole adds.
// javac -cp target/isnad.jar -d /tmp/fast-store-ls bench/store/LoadStoreSplit.java
// java -Xmx2g -XX:+UseParallelGC -cp /tmp/fast-store-ls:target/isnad.jar LoadStoreSplit STORE ROUNDS [load]
// Opens and writes the store (STORE rewrites the derived tables from a linking of it): use a copy
// of a store that was linked (e.g. after an add), so that STORE measures what an add costs when
// almost no row changed.
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.AnnotatedDocument;
import org.isnad.store.SqlStore;
import org.isnad.store.Store;

/** Times reading back the annotated documents and writing the derived tables (scratch). */
public class LoadStoreSplit {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  static <T> T timed(String name, Supplier<T> work) {
    long w = System.nanoTime();
    long c = OS.getProcessCpuTime();
    T t = work.get();
    System.out.printf("%-28s wall %6.2f s  cpu %6.2f s%n", name, (System.nanoTime() - w) / 1e9,
        (OS.getProcessCpuTime() - c) / 1e9);
    return t;
  }

  public static void main(String[] args) {
    int rounds = Integer.parseInt(args[1]);
    try (SqlStore store = SqlStore.open(Path.of(args[0]))) {
      List<AnnotatedDocument> documents = null;
      Map<String, Store.KeptEvents> kept = null;
      for (int round = 1; round <= rounds; round++) {
        documents = null;
        kept = null;
        System.gc();
        kept = timed("load: kept events", store::keptEvents);
        documents = timed("load: annotated documents", store::annotatedDocuments);
        System.out.println("  " + documents.size() + " documents, " + kept.size() + " kept");
      }
      if (args.length > 2 && args[2].equals("load")) {
        return;
      }
      List<AnnotatedDocument> docs = documents;
      Map<String, Store.KeptEvents> k = kept;
      Isnad.Linked linked = timed("link (once)", () -> Isnad.with(2, Clock.systemUTC())
          .link(docs, store.skipped(), k, ProgressListener.NONE));
      for (int round = 1; round <= rounds; round++) {
        timed("store: derived tables", () -> {
          store.linked(linked.analysis(), linked.computed());
          return null;
        });
      }
    }
  }
}
