package org.matchwise.filestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/** The shared file store in the database (the default): chunked, streamed, all-or-nothing, swept. */
@MatchwiseTest
class DatabaseFileStoreTest {

    @Autowired FileStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] sha(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    @Test
    void a_file_larger_than_a_chunk_is_stored_in_chunks_and_read_back_byte_for_byte() throws Exception {
        byte[] content = random(700 * 1024 + 17, 1);
        long size = store.write("test/big.bin", out -> {
            for (int off = 0; off < content.length; off += 10_000) {
                out.write(content, off, Math.min(10_000, content.length - off));
            }
        });

        assertThat(size).isEqualTo(content.length);
        assertThat(store.find("test/big.bin")).contains(new FileStore.StoredFile("test/big.bin", content.length));
        Long id = jdbc.queryForObject("SELECT id FROM stored_file WHERE file_key = 'test/big.bin'", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file_chunk WHERE file_id = ?", Integer.class, id))
                .as("256 KB chunks").isEqualTo(3);
        try (InputStream in = store.open("test/big.bin")) {
            assertThat(sha(in)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
        }
    }

    @Test
    void writing_a_key_again_replaces_the_file_and_deleting_a_prefix_removes_its_bytes() throws Exception {
        store.write("test/replace/a.bin", out -> out.write(random(1000, 2)));
        store.write("test/replace/a.bin", out -> out.write(new byte[] {7, 8, 9}));
        store.write("test/replace/b.bin", out -> out.write(random(300_000, 3)));
        try (InputStream in = store.open("test/replace/a.bin")) {
            assertThat(in.readAllBytes()).containsExactly(7, 8, 9);
        }

        assertThat(store.deleteAll("test/replace/")).isEqualTo(2);

        assertThat(store.find("test/replace/a.bin")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE file_key LIKE 'test/replace/%'",
                Integer.class)).isZero();
        assertThatThrownBy(() -> store.open("test/replace/b.bin")).isInstanceOf(java.io.FileNotFoundException.class);
    }

    @Test
    void a_writer_that_fails_leaves_nothing_under_the_key_and_the_old_file_stays() throws Exception {
        store.write("test/atomic.bin", out -> out.write(new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> store.write("test/atomic.bin", out -> {
            out.write(random(600_000, 4));
            throw new IOException("the renderer broke half-way");
        })).hasMessageContaining("half-way");

        try (InputStream in = store.open("test/atomic.bin")) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE file_key LIKE 'test/atomic.bin#%'",
                Integer.class)).as("no temporary file is left (no .part files)").isZero();
    }

    @Test
    void the_sweeper_deletes_what_a_dead_writer_left_and_keeps_complete_files() throws Exception {
        // a node died mid-write two hours ago: a temporary row with a chunk, never completed
        jdbc.update("INSERT INTO stored_file (file_key, size_bytes, complete, created_at) VALUES ('test/dead.bin#x', 0, FALSE, ?)",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))));
        Long dead = jdbc.queryForObject("SELECT id FROM stored_file WHERE file_key = 'test/dead.bin#x'", Long.class);
        jdbc.update("INSERT INTO stored_file_chunk (file_id, seq, data) VALUES (?, 0, ?)", dead, new byte[] {1});
        store.write("test/kept.bin", out -> out.write(1));

        assertThat(store.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_file_chunk WHERE file_id = ?", Integer.class, dead)).isZero();
        assertThat(store.find("test/kept.bin")).isPresent();
    }

    @Test
    void keys_that_could_escape_or_collide_with_temporary_files_are_refused() {
        assertThatThrownBy(() -> store.write("../etc/passwd", out -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.write("a#b", out -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_data_directory_that_cannot_be_written_stops_the_start_with_the_directory_and_what_to_do() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("not-a-directory", ".txt");
        try {
            assertThatThrownBy(() -> DataDirectoryCheck.check(file.resolve("data")))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining(file.resolve("data").toString())
                    .hasMessageContaining("not writable")
                    .satisfies(e -> assertThat(((StorageUnavailableException) e).action()).contains("MATCHWISE_DATA_DIR"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void the_start_check_of_the_store_reports_a_store_it_cannot_use() {
        StorageSettings settings = new StorageSettings("database", DataSize.ofKilobytes(256), Duration.ofHours(1),
                Duration.ofHours(1), null);
        // the same store on a database without its tables (a missing migration, a read-only role)
        JdbcTemplate empty = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:h2:mem:no-store-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        FileStore broken = new DatabaseFileStore(empty, transactions, settings, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThatThrownBy(broken::check).isNotNull();
    }
}
