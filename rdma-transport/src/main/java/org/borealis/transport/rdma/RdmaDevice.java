package org.borealis.transport.rdma;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.ibm.disni.verbs.IbvContext;
import com.ibm.disni.verbs.IbvPd;
import com.ibm.disni.verbs.RdmaCm;
import com.ibm.disni.verbs.RdmaCmId;
import com.ibm.disni.verbs.RdmaEventChannel;
import com.ibm.disni.verbs.RdmaVerbs;

/**
 * The verbs device a transport uses, found through rdma_cm: an id bound to the IPv4 address of
 * the device's network interface holds the device context open, and one protection domain covers
 * every registration and queue pair of the transport.
 *
 * <p><b>Loopback.</b> rdma_cm cannot route 127.0.0.0/8 over RoCE (soft-RoCE included:
 * {@code rdma_resolve_route} fails with "No such device"), so the transport treats a loopback
 * address as "this host": listening on or connecting to a loopback address uses the device's own
 * address instead ({@link #resolve}). Traffic to one's own address never leaves the host.
 */
final class RdmaDevice {

    private final RdmaCm cm;
    private final RdmaVerbs verbs;
    private final RdmaCmId anchor;
    private final IbvContext context;
    private final IbvPd pd;
    private final InetAddress address;
    private final String name;

    private RdmaDevice(RdmaCm cm, RdmaVerbs verbs, RdmaCmId anchor, IbvContext context, IbvPd pd,
                       InetAddress address, String name) {
        this.cm = cm;
        this.verbs = verbs;
        this.anchor = anchor;
        this.context = context;
        this.pd = pd;
        this.address = address;
        this.name = name;
    }

    /** Opens the first device that has an IPv4 address, through {@code channel}. */
    static RdmaDevice open(RdmaCm cm, RdmaVerbs verbs, RdmaEventChannel channel) throws IOException {
        String tried = "";
        for (String dev : deviceNames()) {
            for (InetAddress ip : ipv4Addresses(dev)) {
                RdmaCmId id = cm.createId(channel, RdmaCm.RDMA_PS_TCP);
                try {
                    cm.bindAddr(id, new InetSocketAddress(ip, 0));
                    IbvContext ctx = id.getVerbs();
                    if (ctx != null) {
                        IbvPd pd = verbs.allocPd(ctx);
                        return new RdmaDevice(cm, verbs, id, ctx, pd, ip, dev);
                    }
                    tried += " " + dev + "@" + ip.getHostAddress() + " (no device context)";
                } catch (IOException e) {
                    tried += " " + dev + "@" + ip.getHostAddress() + " (" + e.getMessage() + ")";
                }
                cm.destroyCmId(id);
            }
        }
        throw new IOException("no RDMA device with an IPv4 address on its network interface; tried:"
                + (tried.isEmpty() ? " none (" + NativeSupport.deviceNames() + ")" : tried));
    }

    /** The address to use for {@code requested}: the device's own address in place of loopback. */
    InetSocketAddress resolve(InetSocketAddress requested) {
        InetAddress ip = requested.getAddress();
        if (ip == null || ip.isLoopbackAddress()) {
            return new InetSocketAddress(address, requested.getPort());
        }
        return requested;
    }

    RdmaCm cm() {
        return cm;
    }

    RdmaVerbs verbs() {
        return verbs;
    }

    IbvContext context() {
        return context;
    }

    IbvPd pd() {
        return pd;
    }

    InetAddress address() {
        return address;
    }

    String name() {
        return name;
    }

    void close() {
        try {
            verbs.deallocPd(pd);
        } catch (IOException e) {
            RdmaTransport.LOG.warn("releasing the protection domain of {}: {}", name, e.getMessage());
        }
        try {
            cm.destroyCmId(anchor);
        } catch (IOException e) {
            RdmaTransport.LOG.debug("destroying the device anchor id: {}", e.getMessage());
        }
    }

    private static List<String> deviceNames() {
        String names = NativeSupport.deviceNames();
        return names.isEmpty() ? List.of() : List.of(names.split(","));
    }

    /**
     * IPv4 addresses of the network interfaces behind device {@code dev}: its {@code parent}
     * interface (soft-RoCE and siw say so in one file), else the interfaces of its PCI function,
     * else the interfaces its RoCE GIDs name (a scan of the whole GID table, slow on devices with
     * large tables, so the last resort).
     */
    static List<InetAddress> ipv4Addresses(String dev) {
        Path sys = NativeSupport.DEVICES.resolve(dev);
        List<InetAddress> out = addressesOf(parentInterface(sys));
        if (out.isEmpty()) {
            out = addressesOf(listNames(sys.resolve("device/net")));
        }
        if (out.isEmpty()) {
            out = addressesOf(gidInterfaces(sys.resolve("ports/1/gid_attrs/ndevs")));
        }
        return out;
    }

    private static List<String> parentInterface(Path sys) {
        try {
            String parent = Files.readString(sys.resolve("parent")).trim();
            return parent.isEmpty() ? List.of() : List.of(parent);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> listNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> gidInterfaces(Path ndevs) {
        try (Stream<Path> entries = Files.list(ndevs)) {
            return entries.map(p -> {
                try {
                    return Files.readString(p).trim();
                } catch (IOException e) {
                    return ""; // an unused GID entry
                }
            }).filter(s -> !s.isEmpty()).distinct().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<InetAddress> addressesOf(List<String> interfaces) {
        List<InetAddress> out = new java.util.ArrayList<>();
        for (String ifname : interfaces) {
            try {
                NetworkInterface ni = NetworkInterface.getByName(ifname);
                if (ni != null) {
                    for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                        if (a instanceof Inet4Address && !out.contains(a)) {
                            out.add(a);
                        }
                    }
                }
            } catch (SocketException e) {
                // skip this interface
            }
        }
        return out;
    }
}
