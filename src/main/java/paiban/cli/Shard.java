package paiban.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Worker K of N: takes the issues whose position in the sorted list is K−1 modulo N. */
record Shard(int k, int n) {
    static final Shard ALL = new Shard(1, 1);

    Shard {
        if (n < 1 || k < 1 || k > n) throw new IllegalArgumentException("shard " + k + "/" + n + " is not one of 1/N … N/N");
    }

    /** {@code K/N} as given to {@code --shard}. */
    static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--shard takes K/N (worker K of N, counted from 1), not '" + text + "'");
    }

    /**
     * The shard the job engine gives this worker: a Kubernetes Indexed Job's {@code JOB_COMPLETION_INDEX}
     * (from 0) with {@code shards} workers, or a Slurm array task's {@code SLURM_ARRAY_TASK_ID} counted from
     * {@code SLURM_ARRAY_TASK_MIN} out of {@code SLURM_ARRAY_TASK_COUNT}; all issues when neither is set.
     */
    static Shard fromEnvironment(Map<String, String> env, Integer shards) {
        String index = env.get("JOB_COMPLETION_INDEX");
        if (index != null && shards != null) return new Shard(number(index, "JOB_COMPLETION_INDEX") + 1, shards);
        String task = env.get("SLURM_ARRAY_TASK_ID");
        String count = env.get("SLURM_ARRAY_TASK_COUNT");
        if (task != null && count != null) {
            String min = env.getOrDefault("SLURM_ARRAY_TASK_MIN", "0");
            int n = shards != null ? shards : number(count, "SLURM_ARRAY_TASK_COUNT");
            return new Shard(number(task, "SLURM_ARRAY_TASK_ID") - number(min, "SLURM_ARRAY_TASK_MIN") + 1, n);
        }
        if (index != null) throw new IllegalArgumentException("JOB_COMPLETION_INDEX is set: give the job's completions as --shards N");
        if (shards != null) throw new IllegalArgumentException("--shards N needs JOB_COMPLETION_INDEX or a Slurm array task; give --shard K/N otherwise");
        return ALL;
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is '" + value + "', not a number");
        }
    }

    <T> List<T> of(List<T> sorted) {
        return IntStream.range(0, sorted.size()).filter(i -> i % n == k - 1).mapToObj(sorted::get).toList();
    }
}
