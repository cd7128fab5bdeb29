package dev.tpchbench.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn jmh:pin -Djmh.pin=<name> [-Djmh.run=<run>]}: copies a run (default: the newest) to
 * results/baselines/, to be compared against as {@code -Djmh.baseline=baseline:<name>}.
 */
@Mojo(name = "pin", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class PinMojo extends LaunchSuiteMojo {
    @Override
    protected String mainClass() {
        return "dev.tpchbench.compare.PinMain";
    }
}
