package org.matchwise.operations;

import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in logs, metrics and the export jobs it runs: {@code matchwise.node-name}, or the host name
 * with the process id (two nodes on one host still differ).
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${matchwise.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? host() + "-" + ProcessHandle.current().pid() : configured;
    }

    public String get() {
        return name;
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }
}
