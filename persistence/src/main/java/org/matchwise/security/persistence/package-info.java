/** User accounts: their table, repository and login-failure bookkeeping. */
package org.matchwise.security.persistence;
