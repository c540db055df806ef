/** Message templates shared by the rule packages: precompiled {n} patterns and plain-language labels of enum values. */
package org.matchwise.text;
