package org.matchwise.filestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, ...), through the AWS SDK for Java v2 with its
 * JDK-based HTTP client. A file is uploaded as it is written: one PUT when it fits in a part, otherwise a
 * multipart upload of {@code partSize} parts (one part in memory at a time), which S3 makes visible only when
 * it completes; an upload left by a node that died is aborted by the sweeper.
 *
 * <p>Not exercised by the project's tests: no S3 fake runs here without Docker (README, Operations). The
 * database store is the tested default; this one is kept behind {@link FileStore} so it can be swapped in.
 */
final class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partSize;
    private final StorageSettings settings;

    private S3FileStore(S3Client s3, StorageSettings settings) {
        this.s3 = s3;
        this.settings = settings;
        this.bucket = settings.s3().bucket();
        this.prefix = settings.s3().prefix() == null ? "" : settings.s3().prefix();
        this.partSize = (int) Math.max(5L << 20, Math.min(settings.s3().partSize().toBytes(), 512L << 20));
    }

    static S3FileStore create(StorageSettings settings) {
        StorageSettings.S3 c = settings.s3();
        if (c.bucket() == null || c.bucket().isBlank()) {
            throw new StorageUnavailableException("matchwise.storage.type is 's3' but no bucket is set",
                    "Set matchwise.storage.s3.bucket (and endpoint, region, credentials as needed).", null);
        }
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(c.region()))
                .forcePathStyle(c.pathStyle())
                .credentialsProvider(c.accessKey() != null && !c.accessKey().isBlank()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(c.accessKey(), c.secretKey()))
                        : DefaultCredentialsProvider.builder().build());
        if (c.endpoint() != null && !c.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(c.endpoint()));
        }
        return new S3FileStore(builder.build(), settings);
    }

    private String object(String key) {
        return prefix + key;
    }

    @Override
    public long write(String key, Body body) throws IOException {
        DatabaseFileStore.Keys.check(key);
        try (Upload out = new Upload(object(key))) {
            body.writeTo(out);
            out.finish();
            return out.size;
        } catch (S3Exception e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredFile> find(String key) {
        try {
            var head = s3.headObject(b -> b.bucket(bucket).key(object(key)));
            return Optional.of(new StoredFile(key, head.contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(object(key)));
        } catch (NoSuchKeyException e) {
            throw new java.io.FileNotFoundException("no stored file " + key);
        } catch (S3Exception e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean delete(String key) {
        boolean existed = find(key).isPresent();
        s3.deleteObject(b -> b.bucket(bucket).key(object(key)));
        return existed;
    }

    @Override
    public int deleteAll(String keyPrefix) {
        DatabaseFileStore.Keys.check(keyPrefix);
        int deleted = 0;
        List<ObjectIdentifier> batch = new ArrayList<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(object(keyPrefix))).contents()) {
            batch.add(ObjectIdentifier.builder().key(o.key()).build());
            if (batch.size() == 1000) {
                deleted += deleteBatch(batch);
            }
        }
        return deleted + deleteBatch(batch);
    }

    private int deleteBatch(List<ObjectIdentifier> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<ObjectIdentifier> copy = List.copyOf(batch);
        batch.clear();
        s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(copy).quiet(true).build()));
        return copy.size();
    }

    @Override
    public int sweep() {
        Instant before = Instant.now().minus(settings.incompleteAfter());
        int aborted = 0;
        for (MultipartUpload u : s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(prefix)).uploads()) {
            if (u.initiated() != null && u.initiated().isBefore(before)) {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(u.key()).uploadId(u.uploadId()));
                aborted++;
            }
        }
        return aborted;
    }

    @Override
    public void check() throws IOException {
        DatabaseFileStore.Keys.roundTrip(this);
    }

    @Override
    public String describe() {
        String endpoint = settings.s3().endpoint();
        return "S3 bucket " + bucket + (endpoint == null || endpoint.isBlank() ? "" : " at " + endpoint)
                + ", keys under '" + prefix + "'";
    }

    /** Buffers one part; a single PUT if the file ends within it, a multipart upload otherwise. */
    private final class Upload extends OutputStream {
        private final String objectKey;
        private final byte[] buffer = new byte[partSize];
        private final List<CompletedPart> parts = new ArrayList<>();
        private int filled;
        private String uploadId;
        private long size;
        private boolean finished;

        Upload(String objectKey) {
            this.objectKey = objectKey;
        }

        @Override
        public void write(int b) {
            if (filled == buffer.length) {
                part();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (filled == buffer.length) {
                    part();
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void part() {
            if (uploadId == null) {
                uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(objectKey)).uploadId();
            }
            int number = parts.size() + 1;
            var answer = s3.uploadPart(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(number),
                    RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, filled)));
            parts.add(CompletedPart.builder().partNumber(number).eTag(answer.eTag()).build());
            size += filled;
            filled = 0;
        }

        void finish() {
            if (uploadId == null) {
                s3.putObject(b -> b.bucket(bucket).key(objectKey),
                        RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, filled)));
                size += filled;
            } else {
                if (filled > 0) {
                    part();
                }
                s3.completeMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId)
                        .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
            }
            finished = true;
        }

        @Override
        public void close() {
            if (!finished && uploadId != null) {
                try {
                    s3.abortMultipartUpload(b -> b.bucket(bucket).key(objectKey).uploadId(uploadId));
                } catch (RuntimeException ignored) {
                    // the sweeper aborts it later
                }
            }
        }
    }
}
