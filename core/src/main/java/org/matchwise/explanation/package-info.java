/** The explanation checker: reads an applicant's draft explanation of a red flag and reports what it lacks or says badly. */
package org.matchwise.explanation;
