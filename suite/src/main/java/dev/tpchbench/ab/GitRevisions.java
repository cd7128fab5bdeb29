package dev.tpchbench.ab;

import java.io.IOException;

/** Resolves what the user named for a side to a {@link Revision}, before anything is built or run. */
final class GitRevisions {
    private final Git git;

    GitRevisions(Git git) {
        this.git = git;
    }

    /** @throws AbException (exit 2) for a ref git does not know, naming the side's knob */
    Revision resolve(Side side, String ref) throws AbException, IOException {
        String knob = "-Djmh." + side.word();
        if (ref.startsWith("-")) {
            throw new AbException(knob + "='" + ref + "' is not a git ref (it starts with '-')", 2);
        }
        if (ref.equals(Revision.WORKTREE)) {
            String head = commit(knob, "HEAD");
            Git.Result status = git.run("status", "--porcelain", "--untracked-files=no");
            if (!status.ok()) {
                throw new AbException("git status failed in " + git.repo() + ": " + status.output(), 2);
            }
            return new Revision(ref, head, !status.output().isEmpty(), true);
        }
        return new Revision(ref, commit(knob, ref), false, false);
    }

    private String commit(String knob, String ref) throws AbException, IOException {
        Git.Result result = git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (!result.ok() || result.output().isEmpty()) {
            throw new AbException(knob + "='" + ref + "' is not a commit in " + git.repo()
                    + " (git rev-parse). Give a branch, tag or sha, or " + Revision.WORKTREE
                    + " for the working tree as it is.", 2);
        }
        return result.output().lines().reduce((a, b) -> b).orElseThrow().trim();
    }
}
