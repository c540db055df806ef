/** {@code /api/v1/access-log}: the school's access log for admins, as JSON pages and as CSV. */
package org.matchwise.audit.api;
