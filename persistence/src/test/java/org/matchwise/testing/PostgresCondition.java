package org.matchwise.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link RequiresPostgres} tests when a server is available; in CI its absence is an error. */
public class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresDatabase.get().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL available");
        }
        if (PostgresDatabase.runningInCi()) {
            throw new IllegalStateException("CI=true but " + PostgresDatabase.unavailableReason());
        }
        return ConditionEvaluationResult.disabled(PostgresDatabase.unavailableReason());
    }
}
