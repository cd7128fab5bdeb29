package dev.tpchbench.runner;

public final class SuiteRunnerMain {
    public static void main(String[] args) {
        System.out.println("runner placeholder " + System.getProperty("jmh.preset"));
    }
}
