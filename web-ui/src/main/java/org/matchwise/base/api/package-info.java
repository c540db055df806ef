/** What every REST endpoint shares: the JSON error body and the mapping of failures to HTTP statuses. */
package org.matchwise.base.api;
