/** JMH benchmarks of the assessment; built only with the Maven profile {@code bench}. */
package org.matchwise.bench;
