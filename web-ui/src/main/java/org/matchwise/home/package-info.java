/** The applicant's home: verdict in words, the next things to do, shared notes and the season's dates. */
package org.matchwise.home;
