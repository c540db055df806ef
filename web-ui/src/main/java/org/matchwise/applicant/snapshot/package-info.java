/** The stored format of a cycle snapshot's profile: versioned records and their reader, apart from the API's format. */
package org.matchwise.applicant.snapshot;
