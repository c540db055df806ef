/** Who changed and who viewed applicant records: the Envers revision entity with its actor, and the access log. */
package org.matchwise.audit.persistence;
