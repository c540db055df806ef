/** Advising notes' vocabulary: who may read a note. */
package org.matchwise.note;
