package org.matchwise.filestore;

/** The file store (or the data directory) cannot be written: the application refuses to start. */
public class StorageUnavailableException extends RuntimeException {

    private final String what;
    private final String action;

    public StorageUnavailableException(String what, String action, Throwable cause) {
        super(what + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        this.what = what;
        this.action = action;
    }

    public String what() {
        return what;
    }

    public String action() {
        return action;
    }
}
