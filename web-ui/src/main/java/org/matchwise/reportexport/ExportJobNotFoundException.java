package org.matchwise.reportexport;

/** No export with this id in the caller's school (the same answer whether it exists elsewhere or not). */
public class ExportJobNotFoundException extends RuntimeException {

    public ExportJobNotFoundException(long id) {
        super("No export " + id + " in your school.");
    }
}
