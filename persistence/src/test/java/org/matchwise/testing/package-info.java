/** Test support shared by every module: the real PostgreSQL database that persistence tests use. */
package org.matchwise.testing;
