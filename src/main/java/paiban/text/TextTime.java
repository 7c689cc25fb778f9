package paiban.text;

/**
 * The wall-clock time the current thread has spent composing text (preparing paragraphs and setting them at
 * a measure), for the bench's profile: layout composes inside its own work, at every width it tries.
 */
public final class TextTime {
    private static final ThreadLocal<long[]> SPENT = ThreadLocal.withInitial(() -> new long[1]);

    private TextTime() {
    }

    /** Nanoseconds this thread has composed text for, since it started. */
    public static long nanos() {
        return SPENT.get()[0];
    }

    static void add(long since) {
        SPENT.get()[0] += System.nanoTime() - since;
    }
}
