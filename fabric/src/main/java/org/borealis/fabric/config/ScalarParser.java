package org.borealis.fabric.config;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns one YAML scalar into the Java type a record component declares. */
final class ScalarParser {

    private ScalarParser() {
    }

    static Object parse(JsonNode node, Class<?> c) {
        String text = node.asText();
        if (c == String.class) {
            if (!node.isTextual() && !node.isNumber() && !node.isBoolean()) {
                throw new IllegalArgumentException("got " + ConfigBinder.describe(node));
            }
            return text;
        }
        if (c == boolean.class || c == Boolean.class) {
            if (!node.isBoolean()) {
                throw new IllegalArgumentException("got " + ConfigBinder.describe(node));
            }
            return node.booleanValue();
        }
        if (c == int.class || c == Integer.class) {
            long v = integer(node);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(v + " is out of range for a 32-bit integer");
            }
            return (int) v;
        }
        if (c == long.class || c == Long.class) {
            return integer(node);
        }
        if (c == double.class || c == Double.class) {
            if (!node.isNumber()) {
                throw new IllegalArgumentException("got " + ConfigBinder.describe(node));
            }
            return node.doubleValue();
        }
        if (c.isEnum()) {
            String wanted = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
            for (Object e : c.getEnumConstants()) {
                if (((Enum<?>) e).name().equals(wanted)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("got '" + text + "'");
        }
        if (c == Path.class) {
            requireText(node);
            return Path.of(text);
        }
        if (c == Duration.class) {
            requireText(node);
            return Durations.parse(text);
        }
        if (c == InetSocketAddress.class) {
            requireText(node);
            return address(text);
        }
        throw new IllegalStateException("unsupported configuration type " + c.getName());
    }

    static String describeType(Class<?> c) {
        if (c == String.class) {
            return "a string";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "an integer (sizes like 64MiB allowed)";
        }
        if (c == double.class || c == Double.class) {
            return "a number";
        }
        if (c == Path.class) {
            return "a file path";
        }
        if (c == Duration.class) {
            return "a duration like 250ms, 5s or 2m";
        }
        if (c == InetSocketAddress.class) {
            return "an address host:port";
        }
        return c.getSimpleName();
    }

    private static long integer(JsonNode node) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException(node.asText() + " is too large");
            }
            return node.longValue();
        }
        if (node.isTextual()) {
            return Sizes.parse(node.asText());
        }
        throw new IllegalArgumentException("got " + ConfigBinder.describe(node));
    }

    private static void requireText(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("got " + ConfigBinder.describe(node));
        }
    }

    /** {@code host:port} or {@code [v6]:port}. */
    static InetSocketAddress address(String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("got '" + text + "'");
        }
        String host = t.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port of '" + text + "' is not a number");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        }
        return new InetSocketAddress(host, port);
    }
}
