/** Server-side SVG charts (JFreeChart drawn onto JFreeSVG) shared by the PDF reports and the web UI. */
package org.matchwise.charts;
