/** Red flags: the rules R1-R18 that detect them, their categories, severities and pattern marks. */
package org.matchwise.flags;
