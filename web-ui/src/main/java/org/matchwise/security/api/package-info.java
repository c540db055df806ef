/** REST endpoints about the caller's own account. */
package org.matchwise.security.api;
