/**
 * Running Matchwise on several nodes and through faults: the node's name, the database probe behind readiness,
 * telling an outage from a bug, request ids in every log line, and the {@code matchwise.*} metrics.
 */
package org.matchwise.operations;
