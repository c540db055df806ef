package org.matchwise.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Files that every node of an installation can read: written once under a key, read as a stream, deleted.
 * A file becomes visible under its key only when its writer finished without error, so a reader never sees
 * half a file, and a writer that dies leaves nothing under the key (what it had stored is swept later).
 * Implementations stream: no file is ever held whole in memory.
 */
public interface FileStore {

    /** Writes the file's bytes into the stream it is given (and does not close it). */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A stored file: its key and size in bytes. */
    record StoredFile(String key, long size) {
    }

    /** Stores a file under {@code key}, replacing one already there; returns its size. */
    long write(String key, Body body) throws IOException;

    /** The file under {@code key}, if a complete one is there. */
    Optional<StoredFile> find(String key);

    /** Opens the file under {@code key} for reading; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Deletes the file under {@code key}; true if there was one. */
    boolean delete(String key) throws IOException;

    /** Deletes every file whose key starts with {@code prefix}; returns how many. */
    int deleteAll(String prefix) throws IOException;

    /** Deletes what writers that never finished left behind (older than the settings' grace period). */
    int sweep() throws IOException;

    /** Writes, reads back and deletes a small file: fails with the reason if the store cannot be used. */
    void check() throws IOException;

    /** For people and logs: where the files are (never a secret). */
    String describe();
}
