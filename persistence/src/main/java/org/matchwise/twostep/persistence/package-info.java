/** Two-step sign-in: users' TOTP keys and recovery codes, tables and repositories. */
package org.matchwise.twostep.persistence;
