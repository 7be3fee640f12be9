package org.isnad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** Peak heap use over a stretch of work, read from the JVM's heap memory pools. */
final class HeapMeter {
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
      .stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();

  /** Forgets earlier peaks. */
  void reset() {
    System.gc();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Sum of the pools' peaks since the last reset, in MiB (an upper bound of the true peak). */
  long peakMib() {
    long bytes = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return bytes >> 20;
  }
}
