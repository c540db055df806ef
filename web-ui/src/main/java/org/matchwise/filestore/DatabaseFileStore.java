package org.matchwise.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default file store: files in the application's own database (tables {@code stored_file} and
 * {@code stored_file_chunk}), so every node reads them, one backup holds them with the data, and nothing else
 * has to run. Chunked rows rather than PostgreSQL large objects: they behave the same on H2 and PostgreSQL,
 * each chunk is its own short statement (no transaction is held open while a file streams), and deleting a
 * file deletes its bytes (large objects would need vacuumlo). A file is written under a temporary key and
 * renamed to its key in one transaction when its last chunk is in.
 */
class DatabaseFileStore implements FileStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int chunkSize;
    private final StorageSettings settings;
    private final Clock clock;

    DatabaseFileStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, StorageSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = (int) Math.max(1024, Math.min(settings.chunkSize().toBytes(), 16L << 20));
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public long write(String key, Body body) throws IOException {
        Keys.check(key);
        String temporary = key + "#" + UUID.randomUUID();
        GeneratedKeyHolder holder = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement(
                    "INSERT INTO stored_file (file_key, size_bytes, complete, created_at) VALUES (?, 0, FALSE, ?)",
                    new String[] {"id"});
            s.setString(1, temporary);
            s.setTimestamp(2, now);
            return s;
        }, holder);
        long id = holder.getKey().longValue();
        long size;
        try (Chunks out = new Chunks(id)) {
            body.writeTo(out);
            out.close();
            size = out.size;
        } catch (IOException | RuntimeException | Error e) {
            jdbc.update("DELETE FROM stored_file WHERE id = ?", id);
            throw e;
        }
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM stored_file WHERE file_key = ?", key);
            jdbc.update("UPDATE stored_file SET file_key = ?, size_bytes = ?, complete = TRUE WHERE id = ?", key, size, id);
        });
        return size;
    }

    @Override
    public Optional<StoredFile> find(String key) {
        List<Long> sizes = jdbc.queryForList("SELECT size_bytes FROM stored_file WHERE file_key = ? AND complete = TRUE",
                Long.class, key);
        return sizes.isEmpty() ? Optional.empty() : Optional.of(new StoredFile(key, sizes.get(0)));
    }

    @Override
    public InputStream open(String key) throws IOException {
        List<long[]> rows = jdbc.query("SELECT id, size_bytes FROM stored_file WHERE file_key = ? AND complete = TRUE",
                (r, n) -> new long[] {r.getLong(1), r.getLong(2)}, key);
        if (rows.isEmpty()) {
            throw new java.io.FileNotFoundException("no stored file " + key);
        }
        return new ChunkReader(rows.get(0)[0], rows.get(0)[1]);
    }

    @Override
    public boolean delete(String key) {
        return jdbc.update("DELETE FROM stored_file WHERE file_key = ?", key) > 0;
    }

    @Override
    public int deleteAll(String prefix) {
        Keys.check(prefix);
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.update("DELETE FROM stored_file WHERE file_key LIKE ? ESCAPE '\\'", like);
    }

    @Override
    public int sweep() {
        return jdbc.update("DELETE FROM stored_file WHERE complete = FALSE AND created_at < ?",
                Timestamp.from(clock.instant().minus(settings.incompleteAfter())));
    }

    @Override
    public void check() throws IOException {
        Keys.roundTrip(this);
    }

    @Override
    public String describe() {
        return "the application's database (chunks of " + chunkSize / 1024 + " KB)";
    }

    /** Buffers one chunk and inserts it as a row when full. */
    private final class Chunks extends OutputStream {
        private final long fileId;
        private final byte[] buffer = new byte[chunkSize];
        private int filled;
        private int seq;
        private long size;
        private boolean closed;

        Chunks(long fileId) {
            this.fileId = fileId;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == buffer.length) {
                flushChunk();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() {
            if (filled == 0) {
                return;
            }
            byte[] data = filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
            jdbc.update("INSERT INTO stored_file_chunk (file_id, seq, data) VALUES (?, ?, ?)", fileId, seq++, data);
            size += filled;
            filled = 0;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                flushChunk();
            }
        }
    }

    /** Reads the chunks one query at a time; at most one chunk is in memory. */
    private final class ChunkReader extends InputStream {
        private final long fileId;
        private final long size;
        private byte[] chunk = new byte[0];
        private int pos;
        private int seq;
        private long read;

        ChunkReader(long fileId, long size) {
            this.fileId = fileId;
            this.size = size;
        }

        private boolean fill() throws IOException {
            while (pos >= chunk.length) {
                if (read >= size) {
                    return false;
                }
                List<byte[]> rows = jdbc.query("SELECT data FROM stored_file_chunk WHERE file_id = ? AND seq = ?",
                        (r, n) -> r.getBytes(1), fileId, seq++);
                if (rows.isEmpty()) {
                    throw new IOException("the stored file was deleted or replaced while it was being read");
                }
                chunk = rows.get(0);
                pos = 0;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            read++;
            return chunk[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            read += n;
            return n;
        }
    }

    /** Key rules and the round-trip check shared by the stores. */
    static final class Keys {
        private Keys() {
        }

        static void check(String key) {
            if (key == null || key.isBlank() || key.length() > 300 || key.contains("#") || key.startsWith("/")
                    || key.contains("..")) {
                throw new IllegalArgumentException("not a file store key: " + key);
            }
        }

        static void roundTrip(FileStore store) throws IOException {
            String key = "check/" + UUID.randomUUID();
            byte[] probe = ("Matchwise file store check " + key).getBytes(StandardCharsets.UTF_8);
            try {
                store.write(key, out -> out.write(probe));
                try (InputStream in = store.open(key)) {
                    if (!Arrays.equals(in.readAllBytes(), probe)) {
                        throw new IOException("a file read back differs from what was written");
                    }
                }
            } finally {
                store.delete(key);
            }
        }
    }
}
