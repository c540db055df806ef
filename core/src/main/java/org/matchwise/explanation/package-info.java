/** The explanation checker: reads an applicant's draft explanation of a red flag and reports what it lacks or says badly; and where a draft stands. */
package org.matchwise.explanation;
