package paiban.robust;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs fuzz cases one at a time on a daemon thread with the default stack size (as the command
 * line has), each within a time limit.
 * A case over the limit cannot be stopped, so it ends the run: its thread is left to the JVM.
 */
final class Bounded implements AutoCloseable {
    /** What a case did: its value, or what it threw, or that it ran over the limit. */
    record Outcome<T>(T value, Throwable thrown, boolean timedOut) {
    }

    private final long limitMillis;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "fuzz-case", 0);
        t.setDaemon(true);
        return t;
    });

    Bounded(long limitMillis) {
        this.limitMillis = limitMillis;
    }

    <T> Outcome<T> run(Callable<T> work) throws InterruptedException {
        Future<T> f = thread.submit(work);
        try {
            return new Outcome<>(f.get(limitMillis, TimeUnit.MILLISECONDS), null, false);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause(), false);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome<>(null, null, true);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
