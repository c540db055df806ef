/**
 * The shared file store: files every node of an installation reads and writes (cohort export ZIPs and their
 * parts), in the database by default or in an S3-compatible object store, streamed in and out in chunks.
 */
package org.matchwise.filestore;
