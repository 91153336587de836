package org.borealis.fabric.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code borealis page get}: reads one page at an LSN from a storage node and prints it. */
@Command(name = "page", mixinStandardHelpOptions = true, description = "Inspect pages on a storage node.",
        subcommands = PageCommand.Get.class)
public final class PageCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "GetPage@LSN from one storage node: header, LSN, checksum, and a hex dump with --hex.")
    public static final class Get implements java.util.concurrent.Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--node", required = true, paramLabel = "HOST:PORT", description = "the storage node")
        String node;

        @Option(names = "--page", required = true, paramLabel = "REL/FORK/BLOCK",
                description = "the page id; FORK is a number or main, fsm, vm")
        String page;

        @Option(names = "--lsn", required = true, paramLabel = "N", description = "read the page as of this LSN")
        long lsn;

        @Option(names = "--group", defaultValue = "0", paramLabel = "G", description = "protection group (default 0)")
        int group;

        @Option(names = "--hex", description = "also print the page bytes")
        boolean hex;

        @Override
        public Integer call() throws Exception {
            PageId id;
            try {
                id = PageId.parse(page);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            InetSocketAddress addr = address(node);
            PrintWriter out = spec.commandLine().getOut();
            try (Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "page-get"));
                 RegisteredBuffer frame = t.allocate(PageLayout.PAGE_SIZE)) {
                StorageClient.PageInfo info;
                try (StorageClient c = StorageClient.connect(t, addr, 10_000).get(15, TimeUnit.SECONDS)) {
                    info = c.getPage(group, id, lsn, frame, 0).get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw new UserException("GetPage " + id + " at LSN " + lsn + " from " + node + " failed: "
                            + e.getCause().getMessage());
                }
                ByteBuffer p = frame.buffer();
                print(out, id, info, p);
                if (hex) {
                    hexDump(out, p);
                }
                out.flush();
            }
            return 0;
        }

        private void print(PrintWriter out, PageId id, StorageClient.PageInfo info, ByteBuffer p) {
            out.printf("page        %s (group %d) at LSN %d%n", id, group, lsn);
            out.printf("version     LSN %d%s%n", info.versionLsn(),
                    info.versionLsn() == 0 ? " (never written: the empty page)" : "");
            out.printf("header LSN  %d%n", PageLayout.lsn(p));
            out.printf("type        %s (%d)%n", PageType.name(PageLayout.type(p)), PageLayout.type(p));
            out.printf("flags       0x%04x%n", PageLayout.flags(p));
            out.printf("lower       %d%nupper       %d%nspecial     %d%n", PageLayout.lower(p), PageLayout.upper(p),
                    PageLayout.special(p));
            out.printf("layout      version %d%n", Byte.toUnsignedInt(p.get(PageLayout.LAYOUT_VERSION)));
            out.printf("checksum    0x%08x (%s)%n", PageLayout.checksum(p),
                    PageLayout.verifyChecksum(p) ? "valid" : "INVALID");
            out.printf("served      %s%n", info.cacheHit() ? "from the hot-image cache" : "from the version store");
        }

        static void hexDump(PrintWriter out, ByteBuffer p) {
            boolean skipping = false;
            for (int row = 0; row < PageLayout.PAGE_SIZE; row += 16) {
                boolean zero = p.getLong(row) == 0 && p.getLong(row + 8) == 0;
                if (zero && row > 0 && row + 16 < PageLayout.PAGE_SIZE) {
                    if (!skipping) {
                        out.println("*");
                        skipping = true;
                    }
                    continue;
                }
                skipping = false;
                StringBuilder sb = new StringBuilder(String.format("%04x ", row));
                StringBuilder chars = new StringBuilder();
                for (int i = 0; i < 16; i++) {
                    int b = Byte.toUnsignedInt(p.get(row + i));
                    sb.append(i == 8 ? "  " : " ").append(String.format("%02x", b));
                    chars.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                }
                out.println(sb.append("  |").append(chars).append('|'));
            }
        }

        static InetSocketAddress address(String hostPort) {
            int colon = hostPort.lastIndexOf(':');
            try {
                return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
            } catch (RuntimeException e) {
                throw new UserException("--node must be HOST:PORT, got '" + hostPort + "'");
            }
        }
    }
}
