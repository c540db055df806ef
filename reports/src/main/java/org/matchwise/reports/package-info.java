/** Report models (records), their privacy variants and the renderer that turns them into tagged PDF. */
package org.matchwise.reports;
