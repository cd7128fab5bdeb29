package dev.tpchbench.history;

/** A chart of the report with the name of its PNG file (without {@code .png}; characters unsafe in a file name become '-'). */
public record NamedChart(String fileName, Chart chart) {
    public NamedChart {
        fileName = fileName.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
