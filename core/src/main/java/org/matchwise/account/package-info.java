/** Who uses Matchwise: the roles an account can hold in its school. */
package org.matchwise.account;
