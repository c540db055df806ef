/** The applicant's landing screen, phone first. */
package org.matchwise.home.ui;
