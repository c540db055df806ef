/** What every REST endpoint shares: the problem+json error body (ApiProblems) and the mapping of failures to HTTP statuses. */
package org.matchwise.base.api;
