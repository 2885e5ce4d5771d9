package vn.thidua.integration;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Allowed addresses: single IPv4/IPv6 addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). */
final class AddressRules {
    private AddressRules() {
    }

    /** Whether the text is an address or a CIDR range (literal addresses only: no host names are looked up). */
    static boolean valid(String rule) {
        try {
            parse(rule);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean allows(List<String> rules, String address) {
        if (rules == null || rules.isEmpty()) {
            return true;
        }
        byte[] a;
        try {
            a = literal(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String r : rules) {
            Object[] p = parse(r);
            byte[] net = (byte[]) p[0];
            int bits = (int) p[1];
            if (net.length == a.length && samePrefix(net, a, bits)) {
                return true;
            }
        }
        return false;
    }

    private static Object[] parse(String rule) {
        String r = rule.trim();
        int slash = r.indexOf('/');
        byte[] net = literal(slash < 0 ? r : r.substring(0, slash));
        int bits = net.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(r.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(rule);
            }
            if (bits < 0 || bits > net.length * 8) {
                throw new IllegalArgumentException(rule);
            }
        }
        return new Object[]{net, bits};
    }

    private static byte[] literal(String s) {
        String t = s.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        // only literals: a name would make InetAddress ask the DNS
        if (t.isEmpty() || !t.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException(s);
        }
        if (t.contains(".") && !t.contains(":") && !t.matches("(\\d{1,3}\\.){3}\\d{1,3}")) {
            throw new IllegalArgumentException(s);
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(s);
        }
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        if (bits == 0) {
            return true;
        }
        BigInteger x = new BigInteger(1, a);
        BigInteger y = new BigInteger(1, b);
        int shift = a.length * 8 - bits;
        return x.shiftRight(shift).equals(y.shiftRight(shift));
    }
}
