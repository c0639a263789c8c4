import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What a JVM thread costs to start and end (docs/chapter27.md, serv06): {@code n} short tasks,
 * at most five at a time as the book's five client children keep serv06 busy, each on a new
 * {@link Thread} ("new") or on a cached thread that waits for the next task ("cached", the JDK's
 * {@code newCachedThreadPool}, which is what unp-lib's pthread_create does for a detached
 * thread). Prints the process CPU and the wall time per task, for three rounds (the first warms
 * up). No network, no unp-lib:
 *
 * <pre>
 *   java -XX:+UseSerialGC -Xmn4m scripts/bench/ch27-ThreadStart.java new 20000
 *   java -XX:+UseSerialGC -Xmn4m scripts/bench/ch27-ThreadStart.java cached 20000
 * </pre>
 */
class Ch27ThreadStart {
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("new") || args[0].equals("cached"))) {
            System.err.println("usage: ch27-ThreadStart.java new|cached <tasks>");
            System.exit(2);
        }
        boolean cached = args[0].equals("cached");
        int n = Integer.parseInt(args[1]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = cached ? Executors.newCachedThreadPool() : null;
        for (int round = 1; round <= 3; round++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Semaphore live = new Semaphore(5);
            for (int i = 0; i < n; i++) {
                live.acquire();
                Runnable task = live::release;
                if (cached) {
                    pool.execute(task);
                } else {
                    new Thread(task).start();
                }
            }
            live.acquire(5);
            long cpu = os.getProcessCpuTime() - cpu0;
            long wall = System.nanoTime() - t0;
            System.out.printf("%s round %d: %.1f us CPU per task, %.1f us wall per task%n", args[0], round,
                    cpu / 1e3 / n, wall / 1e3 / n);
        }
        if (pool != null) {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
