package paiban.robust;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs fuzz cases one at a time on a daemon thread with the default stack size (as the command
 * line has), each within a limit of CPU time on that thread, so a loaded machine does not fail a
 * case; wall time is capped at six times the limit. A case over the limit cannot be stopped, so
 * it ends the run: its thread is left to the JVM.
 */
final class Bounded implements AutoCloseable {
    /** What a case did: its value, or what it threw, or that it ran over the limit. */
    record Outcome<T>(T value, Throwable thrown, boolean timedOut) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long limitMillis;
    private volatile Thread worker;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "fuzz-case", 0);
        t.setDaemon(true);
        worker = t;
        return t;
    });

    Bounded(long limitMillis) {
        this.limitMillis = limitMillis;
    }

    <T> Outcome<T> run(Callable<T> work) throws InterruptedException {
        Future<T> f = thread.submit(work);
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getThreadCpuTime(worker.getId());
        while (true) {
            try {
                return new Outcome<>(f.get(50, TimeUnit.MILLISECONDS), null, false);
            } catch (ExecutionException e) {
                return new Outcome<>(null, e.getCause(), false);
            } catch (TimeoutException e) {
                long cpu = (THREADS.getThreadCpuTime(worker.getId()) - cpuStart) / 1_000_000;
                long wall = (System.nanoTime() - wallStart) / 1_000_000;
                if (cpu > limitMillis || wall > 6 * limitMillis) {
                    f.cancel(true);
                    return new Outcome<>(null, null, true);
                }
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
