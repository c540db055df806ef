/** Who did what: the actor of each history revision and the access log of applicant records. */
package org.matchwise.audit;
