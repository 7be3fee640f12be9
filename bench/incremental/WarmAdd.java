// Scratch harness (not built by Maven): several adds to one store in one JVM, each timed by
// phase, to see what an add costs once the JIT is warm (as in a running `isnad serve`).
// With -Dresident=true the adds share one ResidentCase, as the uploads of `isnad serve` do.
// javac -cp target/isnad.jar -d /tmp/wa bench/incremental/WarmAdd.java
// java -Xmx2g -XX:+UseParallelGC -cp /tmp/wa:target/isnad.jar org.isnad.WarmAdd STORE_COPY A.jsonl B.jsonl ...
package org.isnad;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

public class WarmAdd {
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) {
    Isnad engine = Isnad.withDefaults();
    ResidentCase resident = Boolean.getBoolean("resident") ? ResidentCase.kept() : ResidentCase.NONE;
    for (int i = 1; i < args.length; i++) {
      StringBuilder line = new StringBuilder(args[i] + ":");
      long[] since = {System.nanoTime(), OS.getProcessCpuTime()};
      String[] current = {null};
      long w0 = since[0], c0 = since[1];
      ProgressListener timer = new ProgressListener() {
        @Override public void phase(Phase phase, long total) {
          close();
          current[0] = phase.label();
        }
        @Override public void step() { }
        void close() {
          long w = System.nanoTime(), c = OS.getProcessCpuTime();
          if (current[0] != null) {
            line.append(String.format(" %s %.2f/%.2f", current[0], (w - since[0]) / 1e9,
                (c - since[1]) / 1e9));
          }
          since[0] = w;
          since[1] = c;
        }
      };
      var added = new StoreAdd(engine, Path.of(args[0]), timer).resident(resident)
          .add(List.of(args[i]));
      timer.phase(ProgressListener.Phase.INDEX, 0);
      line.append(String.format(" | total %.2f/%.2f s, added %d, store %s",
          (System.nanoTime() - w0) / 1e9, (OS.getProcessCpuTime() - c0) / 1e9, added.added(),
          added.store()));
      System.out.println(line);
    }
  }
}
