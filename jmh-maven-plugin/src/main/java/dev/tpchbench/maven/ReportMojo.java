package dev.tpchbench.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn jmh:report}: turns the history in results/ into results/reports/index.html (inline
 * SVG) and PNG charts, and lists the sustained shifts found in each series.
 */
@Mojo(name = "report", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ReportMojo extends LaunchSuiteMojo {
    @Override
    protected String mainClass() {
        return "dev.tpchbench.history.ReportMain";
    }
}
