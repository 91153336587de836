/**
 * The service-provider seam through which {@link org.borealis.transport.Transports} finds the
 * {@code tcp} and {@code rdma} implementations. Read {@link org.borealis.transport.spi.TransportProvider}.
 */
package org.borealis.transport.spi;
