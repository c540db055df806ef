/** The demo school of the embedded default: accounts (and later a cohort) for trying Matchwise out. */
package org.matchwise.demo;
