package dev.tpchbench.ab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.tpchbench.output.ScratchFolders;
import dev.tpchbench.runner.ShutdownCleanup;

/**
 * The A/B run's scratch folder: git worktrees of the revisions built, their build logs and
 * classpaths, and each round's results before they are merged. Removed at the end, also on failure
 * and Ctrl-C; a folder left by a killed run is removed by the next one.
 */
final class AbScratch implements AutoCloseable {
    static final String PREFIX = "tpchbench-ab-";

    private final Path root;
    private final Git git;
    private final List<Path> worktrees = new ArrayList<>();

    private AbScratch(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    static AbScratch create(Path parent, String id, Git git) throws IOException {
        return new AbScratch(ScratchFolders.create(parent, PREFIX + id), git);
    }

    /** Deletes scratch folders whose run is gone, and git's records of their worktrees; returns how many. */
    static int removeAbandoned(Path parent, Git git) throws IOException {
        int removed = ScratchFolders.removeAbandoned(parent, PREFIX);
        if (removed > 0) {
            git.run("worktree", "prune");
        }
        return removed;
    }

    /**
     * What an interrupted A/B run (Ctrl-C, SIGTERM) does on its way out: stop the build or round still
     * running (the runner removes its own scratch folder when it gets the signal), then close this.
     */
    ShutdownCleanup shutdownCleanup() {
        return new ShutdownCleanup("tpchbench-ab-cleanup", this, 15);
    }

    Path root() {
        return root;
    }

    /** A new git worktree of {@code sha}, detached, removed by {@link #close()}. */
    synchronized Path addWorktree(String sha) throws IOException, AbException {
        Path dir = root.resolve("src-" + sha);
        Git.Result added = git.run("worktree", "add", "--detach", dir.toString(), sha);
        if (!added.ok()) {
            throw new AbException("could not check out " + sha + " into " + dir + ": " + added.output(), 2);
        }
        worktrees.add(dir);
        return dir;
    }

    /** Where one round of one side writes its results (as the runner's {@code -Djmh.results}). */
    Path roundResults(Round round) throws IOException {
        return Files.createDirectories(root.resolve("rounds").resolve(round.side().word() + "-" + round.number()));
    }

    /**
     * Removes the worktrees (through git, so it forgets them) and the folder. Synchronized: on Ctrl-C the
     * shutdown hook and the main thread may both get here.
     */
    @Override
    public synchronized void close() throws IOException {
        for (Path worktree : worktrees) {
            git.run("worktree", "remove", "--force", worktree.toString());
        }
        worktrees.clear();
        try {
            ScratchFolders.delete(root);
        } finally {
            git.run("worktree", "prune");
        }
    }
}
