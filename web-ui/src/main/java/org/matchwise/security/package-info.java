/** Who is signed in and what they may do: accounts, password policy, login limits and the security chains. */
package org.matchwise.security;
