package org.matchwise.filestore;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unusable data directory or file store into Spring Boot's plain "APPLICATION FAILED TO START" report. */
class StorageFailureAnalyzer extends AbstractFailureAnalyzer<StorageUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StorageUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
