/** End-to-end tests: the running application driven in headless Debian Chromium. */
package org.matchwise.e2e;
