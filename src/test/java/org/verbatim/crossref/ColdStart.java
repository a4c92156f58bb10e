package org.verbatim.crossref;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

import org.verbatim.Fixtures;
import org.verbatim.model.Interview;

/**
 * Not a test: the cost of the first call of {@link CrossReferencer#link} on seed + k1 + w1 in a fresh JVM (wall
 * time, CPU time of the whole process, classes loaded), then of later calls. Run it in a fresh JVM each time, see
 * docs/crossref.md: {@code java -cp target/classes:target/test-classes:<dependencies> org.verbatim.crossref.ColdStart [N]}
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        List<Interview> all = List.of(Fixtures.interview(Fixtures.SEED), Fixtures.interview(Fixtures.K1),
                Fixtures.interview(Fixtures.W1));
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        long loaded = classes.getTotalLoadedClassCount();
        long cpu = os.getProcessCpuTime();
        long own = thread.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CrossRefs refs = CrossReferencer.link(all);
        long wall = System.nanoTime() - start;
        System.out.printf("first link: %.0f ms wall, %.0f ms CPU of this thread, %.0f ms CPU of the process (with JIT"
                        + " and GC threads), %d classes loaded, %d entities%n", wall / 1e6,
                (thread.getCurrentThreadCpuTime() - own) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6,
                classes.getTotalLoadedClassCount() - loaded, refs.entities().size());
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            CrossReferencer.link(all);
            System.out.printf("link %d: %.0f ms%n", i + 2, (System.nanoTime() - a) / 1e6);
        }
    }
}
