package org.matchwise.reports;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe openhtmltopdf cache, shared by all renders to keep parsed font metrics. */
final class ConcurrentFsCache implements FSCacheEx<String, FSCacheValue> {

    private final ConcurrentHashMap<String, FSCacheValue> entries = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        entries.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return entries.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("cache loader failed for " + k, e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return entries.get(key);
    }
}
