package dev.tpchbench.ab;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an interrupted A/B run (Ctrl-C, SIGTERM) does on its way out: stop the build or round still
 * running (the runner removes its own scratch folder when it gets the signal), then remove the
 * worktrees and the A/B scratch folder. Nothing is recorded: results are written only at the end.
 */
final class AbCleanup extends Thread {
    private static final long GRACE_SECONDS = 15;

    private final AbScratch scratch;

    AbCleanup(AbScratch scratch) {
        super("tpchbench-ab-cleanup");
        this.scratch = scratch;
    }

    @Override
    public void run() {
        // Children first, so the runner's own shutdown hook can stop its forks and clean up.
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            scratch.close();
        } catch (IOException ignored) {
            // the next A/B run removes what is left
        }
    }
}
