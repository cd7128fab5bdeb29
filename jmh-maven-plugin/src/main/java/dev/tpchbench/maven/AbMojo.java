package dev.tpchbench.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn jmh:ab -Djmh.baseline=<git ref> -Djmh.candidate=<git ref|WORKTREE>}: builds both revisions,
 * runs their forks interleaved (A B B A ...), records both runs in results/ and compares them.
 * The working tree side runs on the classpath this build just compiled.
 */
@Mojo(name = "ab", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class AbMojo extends LaunchSuiteMojo {

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Override
    protected String mainClass() {
        return "dev.tpchbench.ab.AbMain";
    }

    /** The Maven that runs this goal builds the other revisions, and with this very plugin's classpath goal. */
    @Override
    protected Map<String, String> launcherProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        String mavenHome = System.getProperty("maven.home");
        if (mavenHome != null) {
            properties.put("suite.mvn", new File(mavenHome, "bin/mvn").getPath());
        }
        properties.put("suite.classpathGoal", plugin.getGroupId() + ":" + plugin.getArtifactId() + ":"
                + plugin.getVersion() + ":classpath");
        return properties;
    }
}
