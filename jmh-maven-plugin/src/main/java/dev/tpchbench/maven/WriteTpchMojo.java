package dev.tpchbench.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn jmh:write-tpch -Djmh.table=.. -Djmh.scaleFactor=.. -Djmh.format=lance|parquet -Djmh.out=DIR}:
 * writes one TPC-H table with the suite's writers into a folder that is kept (scripts/write-tpch).
 */
@Mojo(name = "write-tpch", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class WriteTpchMojo extends LaunchSuiteMojo {
    @Override
    protected String mainClass() {
        return "dev.tpchbench.cli.WriteTpchMain";
    }
}
