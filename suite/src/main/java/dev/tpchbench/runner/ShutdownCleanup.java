package dev.tpchbench.runner;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an interrupted run or A/B run (Ctrl-C, SIGTERM) does on its way out: stop its child processes
 * first (JMH forks, or the build or runner of an A/B round; left alone they run on for a while and
 * keep writing into the scratch folder), then remove the scratch folder. Nothing is recorded.
 */
public final class ShutdownCleanup extends Thread {
    private static final int ROUNDS = 3;

    private final AutoCloseable scratch;
    private final long graceSeconds;
    /** Held while results are written, and by the hook as it begins: a run records all of them or none. */
    private final Object recording = new Object();
    private boolean begun;

    /** {@code scratch} is closed (removed) once the children are gone; each child gets {@code graceSeconds} to exit. */
    public ShutdownCleanup(String name, AutoCloseable scratch, long graceSeconds) {
        super(name);
        this.scratch = scratch;
        this.graceSeconds = graceSeconds;
    }

    ShutdownCleanup(ScratchSpace scratch) {
        this("tpchbench-shutdown-cleanup", scratch, 10);
    }

    /**
     * Runs {@code write} (which records a run's results) unless this hook has begun; the hook waits for a write
     * under way. When JMH returns because the hook stopped its forks, the hook has begun, so nothing is recorded.
     *
     * @throws InterruptedRunException if the hook has begun
     */
    public <T> T unlessInterrupted(RecordingStep<T> write) throws IOException {
        synchronized (recording) {
            if (begun) {
                throw new InterruptedRunException();
            }
            return write.run();
        }
    }

    /** Writes a run's results. */
    @FunctionalInterface
    public interface RecordingStep<T> {
        T run() throws IOException;
    }

    /** The run was interrupted before its results were recorded; none were. */
    public static final class InterruptedRunException extends IllegalStateException {
        InterruptedRunException() {
            super("interrupted: nothing recorded");
        }
    }

    @Override
    public void run() {
        begin();
        // JMH's main thread keeps running during shutdown and may start the next fork meanwhile,
        // which would create folders again: repeat until no child is left.
        for (int round = 0; round < ROUNDS; round++) {
            stopChildren();
            try {
                scratch.close();
            } catch (Exception ignored) {
                // the next run removes what is left
            }
            if (ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive)) {
                return;
            }
        }
    }

    /** From here on nothing is recorded; waits for a write under way. */
    void begin() {
        synchronized (recording) {
            begun = true;
        }
    }

    /** Children first, so that a child with a shutdown hook of its own (an A/B round's runner) can stop its forks. */
    private void stopChildren() {
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(graceSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
