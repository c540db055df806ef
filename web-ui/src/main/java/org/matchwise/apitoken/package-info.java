/** Personal API tokens: creating, listing and revoking them, and the school's token settings. */
package org.matchwise.apitoken;
