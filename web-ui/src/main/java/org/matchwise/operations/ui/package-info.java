/** What the UI shows while the database is unreachable: a plain message that retries by itself. */
package org.matchwise.operations.ui;
