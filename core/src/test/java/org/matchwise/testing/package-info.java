/** Test fixtures shared through core's test-jar: profile builders with sensible defaults and the example cases of /work/shared/examples. */
package org.matchwise.testing;
