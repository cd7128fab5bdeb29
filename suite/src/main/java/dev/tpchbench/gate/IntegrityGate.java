package dev.tpchbench.gate;

import java.util.Optional;

import dev.tpchbench.digest.TableDigest;
import dev.tpchbench.results.BenchmarkId;
import dev.tpchbench.results.Rejection;

/**
 * The one place where benchmark outputs are judged. Called from {@code @TearDown} methods, outside
 * the timed code; a failure is recorded in the {@link RejectionLog} and thrown, so JMH drops the
 * benchmark's score and the runner reports the reason.
 */
public final class IntegrityGate {
    private IntegrityGate() {
    }

    /**
     * Checks that {@code actual} (what was written or imported) equals {@code expected} (the source).
     *
     * @return the rows verified, for the {@code rowsVerified} counter
     * @throws IntegrityException naming the benchmark, its parameters, and what differs
     */
    public static long verify(BenchmarkId id, TableDigest expected, TableDigest actual) {
        Optional<String> difference = actual.differenceFrom(expected);
        if (difference.isPresent()) {
            throw reject(id, difference.get());
        }
        return actual.rowCount();
    }

    /** Checks a condition that is not about content, e.g. that every buffer was released. */
    public static void require(BenchmarkId id, boolean condition, String failureReason) {
        if (!condition) {
            throw reject(id, failureReason);
        }
    }

    /**
     * Records and returns the exception for a path that cannot run here and is refused before it starts
     * (not an integrity failure: the run still passes, and the summary says REFUSED with the reason).
     */
    public static RefusedException refuse(BenchmarkId id, String reason) {
        RejectionLog.record(new Rejection(id, reason, true));
        return new RefusedException(id, reason);
    }

    /** Records and returns the exception for a failure found by other means (e.g. an unreadable output). */
    public static IntegrityException reject(BenchmarkId id, String reason) {
        Rejection rejection = new Rejection(id, reason);
        RejectionLog.record(rejection);
        return new IntegrityException(id, reason);
    }
}
