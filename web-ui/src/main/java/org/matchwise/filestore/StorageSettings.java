package org.matchwise.filestore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code matchwise.storage.*} (README, "Operations").
 *
 * @param type {@code database} (the default: the application's own database, so nothing else to run or back up)
 *             or {@code s3} (an S3-compatible object store)
 * @param chunkSize how much of a file one database row holds, and how much a stream buffers (256 KB)
 * @param incompleteAfter a file still being written after this long was left by a node that died: the sweeper
 *                        deletes it (1 hour)
 * @param sweepEvery how often the sweeper runs (hourly)
 * @param s3 the object store, when {@code type=s3}
 */
@ConfigurationProperties("matchwise.storage")
public record StorageSettings(
        @DefaultValue("database") String type,
        @DefaultValue("256KB") DataSize chunkSize,
        @DefaultValue("PT1H") Duration incompleteAfter,
        @DefaultValue("PT1H") Duration sweepEvery,
        @DefaultValue S3 s3) {

    /**
     * An S3-compatible bucket. Credentials come from the AWS SDK's default chain (environment, profile, instance
     * role) unless {@code accessKey} and {@code secretKey} are set.
     *
     * @param endpoint the store's URL for a non-AWS store (MinIO, Ceph, ...); empty for AWS
     * @param region the region (AWS) or any name the store accepts
     * @param bucket the bucket, which must exist
     * @param prefix prepended to every key, so one bucket can serve several installations
     * @param pathStyle path-style URLs (most non-AWS stores need them)
     * @param partSize the size of each part of a multipart upload (S3's minimum is 5 MB)
     */
    public record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket,
            @DefaultValue("matchwise/") String prefix, @DefaultValue("true") boolean pathStyle,
            String accessKey, String secretKey, @DefaultValue("8MB") DataSize partSize) {
    }
}
