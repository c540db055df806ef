/** Settings and helpers every feature shares, such as the base URL that links in mails start with. */
package org.matchwise.base;
