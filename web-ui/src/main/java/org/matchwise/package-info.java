/** The Matchwise application: its entry point and the beans every feature shares. */
package org.matchwise;
