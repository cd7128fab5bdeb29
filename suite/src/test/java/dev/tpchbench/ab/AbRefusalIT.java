package dev.tpchbench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals before anything is measured, in a throw-away git repository: exit 2, a message naming the
 * side, nothing recorded, no worktree or scratch folder left behind.
 */
class AbRefusalIT {
    @TempDir
    Path dir;
    private Path repo;
    private String out;
    private String err;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(dir.resolve("repo"));
        git("init", "-q");
        Files.writeString(repo.resolve("README.md"), "first\n");
        git("add", "README.md");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first");
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repo.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
    }

    private int ab(String... knobs) {
        Properties p = new Properties();
        p.setProperty("suite.root", repo.toString());
        p.setProperty("jmh.results", dir.resolve("results").toString());
        p.setProperty("jmh.scratch", dir.resolve("scratch").toString());
        p.setProperty("jmh.preset", "smoke");
        for (int i = 0; i < knobs.length; i += 2) {
            p.setProperty(knobs[i], knobs[i + 1]);
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = AbMain.run(p, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private void nothingLeft() throws Exception {
        Path results = dir.resolve("results");
        if (Files.exists(results)) {
            try (Stream<Path> files = Files.walk(results)) {
                assertEquals(0, files.filter(Files::isRegularFile).count(), "nothing recorded");
            }
        }
        Path scratch = dir.resolve("scratch");
        if (Files.exists(scratch)) {
            try (Stream<Path> files = Files.list(scratch)) {
                assertEquals(0, files.count(), "scratch folder removed");
            }
        }
        Process list = new ProcessBuilder("git", "-C", repo.toString(), "worktree", "list").start();
        String worktrees = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, list.waitFor());
        assertEquals(1, worktrees.lines().count(), "only the repository itself: " + worktrees);
    }

    @Test
    void unknownBaselineRef() throws Exception {
        assertEquals(2, ab("jmh.baseline", "no-such-branch", "jmh.candidate", "HEAD"));
        assertTrue(err.contains("-Djmh.baseline='no-such-branch' is not a commit"), err);
        assertFalse(out.contains("Building"), out);
        nothingLeft();
    }

    @Test
    void unknownCandidateRef() throws Exception {
        assertEquals(2, ab("jmh.candidate", "v9.9"));
        assertTrue(err.contains("-Djmh.candidate='v9.9' is not a commit"), err);
        nothingLeft();
    }

    @Test
    void optionLikeRef() throws Exception {
        assertEquals(2, ab("jmh.baseline", "--all"));
        assertTrue(err.contains("starts with '-'"), err);
        nothingLeft();
    }

    @Test
    void oneRoundIsNoAb() throws Exception {
        assertEquals(2, ab("jmh.forks", "1"));
        assertTrue(err.contains("-Djmh.forks is the number of A/B rounds for jmh:ab and must be >= 2, got 1"), err);
        nothingLeft();
    }

    @Test
    void badRunnerKnob() throws Exception {
        assertEquals(2, ab("jmh.params", "table=nations"));
        assertTrue(err.contains("unknown table 'nations'"), err);
        nothingLeft();
    }

    @Test
    void revisionThatDoesNotBuild() throws Exception {
        Files.writeString(repo.resolve("pom.xml"), "<project>this is not a POM</project>\n");
        git("add", "pom.xml");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "broken");

        assertEquals(2, ab("jmh.baseline", "HEAD", "jmh.candidate", "HEAD~1"));
        assertTrue(err.contains("the baseline revision HEAD ("), err);
        assertTrue(err.contains("does not build"), err);
        assertTrue(err.contains("Nothing was run or recorded"), err);
        nothingLeft();
    }

    @Test
    void workingTreeIsDirtyWhenATrackedFileChanged() throws Exception {
        GitRevisions revisions = new GitRevisions(new Git(repo));
        Revision clean = revisions.resolve(Side.CANDIDATE, Revision.WORKTREE);
        Files.writeString(repo.resolve("README.md"), "changed\n");
        Revision dirty = revisions.resolve(Side.CANDIDATE, Revision.WORKTREE);
        Revision head = revisions.resolve(Side.BASELINE, "HEAD");

        assertFalse(clean.dirty());
        assertTrue(dirty.dirty());
        assertTrue(dirty.workingTree());
        assertEquals(head.sha(), dirty.sha());
        assertEquals(40, head.sha().length());
        assertFalse(head.workingTree());
    }
}
