package dev.tpchbench.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts one of the suite's command-line programs in a JVM of its own, with the suite module's
 * test classpath (main classes, benchmark classes and META-INF/BenchmarkList, dependencies).
 *
 * <p>JMH builds each fork's command line from the current JVM's java.class.path; inside Maven
 * that is Maven's launcher, so the runner cannot live in Maven's JVM. Every {@code -Djmh.*}
 * property given to Maven is handed on to the program unchanged; the program validates them.
 */
abstract class LaunchSuiteMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** JVM flags for the launched JVM (Arrow's, and Java 24+'s memory access ones): the parent POM's, no copy here. */
    @Parameter(property = "suite.jvm.flags", required = true)
    protected String jvmFlags;

    /** Memory flags of the launched program (space-separated); the benchmarks run in JMH forks with their own. */
    @Parameter(property = "suite.launcher.heap", defaultValue = "-Xmx1g")
    protected String launcherHeap;

    /** The fully qualified main class to start. */
    protected abstract String mainClass();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!new File(project.getBasedir(), "src/jmh/java").isDirectory()) {
            getLog().debug("No src/jmh/java in " + project.getArtifactId() + ": nothing to launch here.");
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        for (String flag : jvmFlags.trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        for (String flag : launcherHeap.trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        command.add("-Dsuite.root=" + session.getExecutionRootDirectory());
        for (Map.Entry<String, String> property : launcherProperties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        for (Map.Entry<String, String> knob : knobs().entrySet()) {
            command.add("-D" + knob.getKey() + "=" + knob.getValue());
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath()));
        command.add(mainClass());

        getLog().debug("Launching: " + command);
        int exit;
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            exit = process.waitFor();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start " + mainClass() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while " + mainClass() + " was running", e);
        }
        if (exit != 0) {
            throw new MojoFailureException(mainClass() + " exited with status " + exit
                    + " (see its output above)");
        }
    }

    /** Properties a goal hands its program besides the user's knobs; none by default. */
    protected Map<String, String> launcherProperties() {
        return Map.of();
    }

    /** The -Djmh.* properties the user gave Maven, sorted for a stable command line. */
    private Map<String, String> knobs() {
        Map<String, String> knobs = new TreeMap<>();
        Properties user = session.getUserProperties();
        for (String name : user.stringPropertyNames()) {
            if (name.startsWith("jmh.")) {
                knobs.put(name, user.getProperty(name));
            }
        }
        return knobs;
    }

    private List<String> classpath() throws MojoExecutionException {
        try {
            return project.getTestClasspathElements();
        } catch (Exception e) {
            throw new MojoExecutionException("Could not resolve the suite's classpath: " + e.getMessage(), e);
        }
    }
}
