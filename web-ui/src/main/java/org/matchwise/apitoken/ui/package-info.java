/** The "API tokens" screen: a user's own tokens, and for admins every token of the school and the settings. */
package org.matchwise.apitoken.ui;
