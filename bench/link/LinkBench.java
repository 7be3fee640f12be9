// Scratch harness (not built by Maven): times the LINK and EVENTS work of an add on a store,
// several rounds in one JVM, and prints a digest of what they produce (to compare versions).
// javac -cp target/isnad.jar -d /tmp/fast-link-lb bench/link/LinkBench.java
// java -Xmx3g -XX:+UseParallelGC -cp /tmp/fast-link-lb:target/isnad.jar org.isnad.LinkBench \
//     STORE_DIR ROUNDS   (opens the store: use a copy)
package org.isnad;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.store.SqlStore;
import org.isnad.store.Store;

public final class LinkBench {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  static <T> T timed(String name, Supplier<T> work) {
    long w = System.nanoTime(), c = OS.getProcessCpuTime();
    T t = work.get();
    System.out.printf("%-24s wall %6.2f s  cpu %6.2f s%n", name, (System.nanoTime() - w) / 1e9,
        (OS.getProcessCpuTime() - c) / 1e9);
    return t;
  }

  public static void main(String[] args) throws Exception {
    List<AnnotatedDocument> documents;
    Map<String, Store.KeptEvents> kept;
    try (SqlStore store = SqlStore.open(Path.of(args[0]))) {
      documents = timed("load", store::annotatedDocuments);
      kept = store.keptEvents();
    }
    Isnad engine = Isnad.with(2, Clock.systemUTC());
    Method linking = Isnad.class.getDeclaredMethod("linkedEntities", List.class);
    linking.setAccessible(true);
    for (int round = 1; round <= Integer.parseInt(args[1]); round++) {
      System.out.println("round " + round);
      Object linked = timed("link", () -> {
        try {
          return linking.invoke(engine, documents);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      });
      Method docs = linked.getClass().getDeclaredMethod("documents");
      Method entities = linked.getClass().getDeclaredMethod("entities");
      docs.setAccessible(true);
      entities.setAccessible(true);
      @SuppressWarnings("unchecked")
      List<AnnotatedDocument> done = (List<AnnotatedDocument>) docs.invoke(linked);
      List<AnnotatedArticle> articles = done.stream().flatMap(d -> d.articles().stream()).toList();
      EventReuse reuse = EventReuse.of(kept);
      List<AnnotatedArticle> withEvents = timed("events", () -> articles.parallelStream()
          .map(a -> reuse.run(Isnad.LINKED_PASS, a)).toList());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(entities.invoke(linked).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (AnnotatedArticle a : withEvents) {
        md.update(a.mentions().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(a.quotes().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update(a.events().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      System.out.println("  digest " + HexFormat.of().formatHex(md.digest()).substring(0, 16)
          + ", recomputed " + reuse.computed().size());
    }
  }
}
