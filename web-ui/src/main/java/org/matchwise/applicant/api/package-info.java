/** REST API v1 for applicant records: create, read, replace with If-Match, list, assessment, history, flags, verification, cycles. */
package org.matchwise.applicant.api;
