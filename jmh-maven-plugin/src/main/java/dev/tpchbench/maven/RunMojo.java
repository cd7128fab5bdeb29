package dev.tpchbench.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn jmh:run}: compiles the benchmarks, then runs the suite's runner, which runs JMH,
 * applies the integrity gate and writes results/. Knobs are {@code -Djmh.*} properties (README).
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class RunMojo extends LaunchSuiteMojo {
    @Override
    protected String mainClass() {
        return "dev.tpchbench.runner.SuiteRunnerMain";
    }
}
