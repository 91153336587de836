package org.borealis.sql.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * One access rule, like a pg_hba.conf line: connection type ({@code host}, {@code hostssl},
 * {@code hostnossl}), database and user ({@code all} or a name), client address as CIDR
 * ({@code all} for any) and method.
 */
public record HbaRule(String type, String database, String user, String address, AuthMethod method) {

    /** Parses {@code "host all all 127.0.0.1/32 trust"}. */
    public static HbaRule parse(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException("access rule needs 5 fields (type database user address method): " + line);
        }
        if (!f[0].equals("host") && !f[0].equals("hostssl") && !f[0].equals("hostnossl")) {
            throw new IllegalArgumentException("access rule type must be host, hostssl or hostnossl: " + line);
        }
        HbaRule r = new HbaRule(f[0], f[1], f[2], f[3], AuthMethod.parse(f[4]));
        if (!r.address.equals("all")) {
            r.matchesAddress(InetAddressHolder.LOOPBACK);
        }
        return r;
    }

    public boolean matches(String db, String usr, InetAddress addr, boolean ssl) {
        if (type.equals("hostssl") && !ssl || type.equals("hostnossl") && ssl) {
            return false;
        }
        if (!database.equals("all") && !database.equals(db)) {
            return false;
        }
        if (!user.equals("all") && !user.equals(usr)) {
            return false;
        }
        return address.equals("all") || matchesAddress(addr);
    }

    boolean matchesAddress(InetAddress addr) {
        try {
            String[] p = address.split("/");
            byte[] net = InetAddress.getByName(p[0]).getAddress();
            byte[] a = addr.getAddress();
            if (net.length != a.length) {
                return false;
            }
            int bits = p.length > 1 ? Integer.parseInt(p[1]) : net.length * 8;
            for (int i = 0; i < net.length; i++) {
                int take = Math.max(0, Math.min(8, bits - i * 8));
                int mask = take == 0 ? 0 : (0xFF << (8 - take)) & 0xFF;
                if ((net[i] & mask) != (a[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("bad address in access rule: " + address);
        }
    }

    /** A holder so rule validation has an address to test parsing with. */
    static final class InetAddressHolder {
        static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

        private InetAddressHolder() {
        }
    }
}
