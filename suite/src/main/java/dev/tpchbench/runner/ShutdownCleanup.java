package dev.tpchbench.runner;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an interrupted run (Ctrl-C, SIGTERM) does on its way out: stop its JMH forks first (left
 * alone they run on for a while and keep writing into the scratch folder), then remove the folder.
 */
final class ShutdownCleanup extends Thread {
    private static final long FORK_GRACE_SECONDS = 10;

    private final ScratchSpace scratch;

    ShutdownCleanup(ScratchSpace scratch) {
        super("tpchbench-shutdown-cleanup");
        this.scratch = scratch;
    }

    @Override
    public void run() {
        // JMH's main thread keeps running during shutdown and may start the next fork meanwhile,
        // which would create folders again: repeat until no fork is left.
        for (int round = 0; round < 3; round++) {
            stopForks();
            try {
                scratch.close();
            } catch (IOException ignored) {
                // the next run removes what is left
            }
            if (ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive)) {
                return;
            }
        }
    }

    private static void stopForks() {
        List<ProcessHandle> forks = ProcessHandle.current().descendants().toList();
        forks.forEach(ProcessHandle::destroy);
        for (ProcessHandle fork : forks) {
            try {
                fork.onExit().get(FORK_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                fork.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
