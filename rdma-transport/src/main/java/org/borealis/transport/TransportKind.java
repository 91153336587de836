package org.borealis.transport;

import java.util.Locale;

/** Which transport a node uses. {@code AUTO} picks rdma when a verbs device is present, else tcp. */
public enum TransportKind {
    AUTO, TCP, RDMA;

    /** The lower-case name used in configuration files. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
