/**
 * Two-step sign-in: a TOTP second factor (RFC 6238) after a local password, with one-time recovery codes; required
 * for admins, optional for everyone else. Single sign-on leaves the second factor to the school's provider.
 */
package org.matchwise.twostep;
