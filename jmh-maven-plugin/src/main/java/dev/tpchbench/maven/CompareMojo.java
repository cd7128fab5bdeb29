package dev.tpchbench.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn jmh:compare}: compares two runs in results/ (default: the newest with the one before
 * it) and prints FASTER / SLOWER / NO_CHANGE / INCONCLUSIVE per benchmark, with the change each row
 * could have detected. Knobs: {@code -Djmh.baseline},
 * {@code -Djmh.candidate}, {@code -Djmh.alpha}, {@code -Djmh.minEffect}, {@code -Djmh.force},
 * {@code -Djmh.failOnRegression}, {@code -Djmh.results} (see CompareMain).
 */
@Mojo(name = "compare", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CompareMojo extends LaunchSuiteMojo {
    @Override
    protected String mainClass() {
        return "dev.tpchbench.compare.CompareMain";
    }
}
