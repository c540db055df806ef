/** Personal API tokens as stored: only a hash of each secret, with its owner, school, lifetime and use. */
package org.matchwise.apitoken.persistence;
