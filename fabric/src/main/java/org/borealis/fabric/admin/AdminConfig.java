package org.borealis.fabric.admin;

import java.net.InetSocketAddress;

/**
 * Where a node serves admin HTTP.
 *
 * @param enabled whether to serve it at all
 * @param listen  address; loopback unless configured otherwise (port 0 picks a free port, logged)
 */
public record AdminConfig(boolean enabled, InetSocketAddress listen) {

    public AdminConfig {
        if (listen == null) {
            throw new IllegalArgumentException("admin listen address is required");
        }
    }

    public static AdminConfig defaults() {
        return new AdminConfig(true, new InetSocketAddress("127.0.0.1", 0));
    }

    public static AdminConfig on(int port) {
        return new AdminConfig(true, new InetSocketAddress("127.0.0.1", port));
    }
}
