/** Schools, the tenants of Matchwise: their table and repository. */
package org.matchwise.school.persistence;
