package dev.tpchbench.ab;

/**
 * What one side measures: a commit, or the working tree as it is.
 *
 * @param ref         what the user wrote ({@code main}, {@code HEAD~3}, a sha, or {@code WORKTREE})
 * @param sha         the commit, full; for the working tree its HEAD
 * @param dirty       the working tree has uncommitted changes to tracked files (always false for a commit)
 * @param workingTree the side is the working tree, run from the classpath {@code mvn jmh:ab} compiled
 */
record Revision(String ref, String sha, boolean dirty, boolean workingTree) {
    static final String WORKTREE = "WORKTREE";

    String shortSha() {
        return sha.substring(0, Math.min(7, sha.length()));
    }

    /** {@code main (3e8b79b)}, {@code WORKTREE (3e8b79b, dirty)}. */
    String describe() {
        return ref + " (" + shortSha() + (dirty ? ", dirty" : "") + ")";
    }
}
