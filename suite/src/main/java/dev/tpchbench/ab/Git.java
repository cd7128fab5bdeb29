package dev.tpchbench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short git commands in one repository. */
final class Git {
    /** What a git command left: its exit status and its output (stdout and stderr), trimmed. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final Path repo;

    Git(Path repo) {
        this.repo = repo;
    }

    Path repo() {
        return repo;
    }

    Result run(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(repo.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "git " + String.join(" ", args) + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git " + String.join(" ", args), e);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8).trim());
    }
}
