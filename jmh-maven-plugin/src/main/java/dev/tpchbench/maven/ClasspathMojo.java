package dev.tpchbench.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn jmh:classpath -Djmh.classpathFile=FILE}: compiles the suite and writes its test classpath
 * (classes, benchmark classes, dependencies) to FILE. {@code jmh:ab} uses it to run another revision's
 * runner; maven-dependency-plugin's build-classpath would need downloads that an offline build lacks.
 */
@Mojo(name = "classpath", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.TEST_COMPILE)
public class ClasspathMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(property = "jmh.classpathFile", required = true)
    protected File classpathFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (!new File(project.getBasedir(), "src/jmh/java").isDirectory()) {
            return;
        }
        try {
            Files.writeString(classpathFile.toPath(),
                    String.join(File.pathSeparator, project.getTestClasspathElements()), StandardCharsets.UTF_8);
        } catch (IOException | org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Could not write the classpath to " + classpathFile + ": " + e.getMessage(), e);
        }
    }
}
