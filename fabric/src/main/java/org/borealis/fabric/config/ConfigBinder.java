package org.borealis.fabric.config;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Binds a YAML document to a record, strictly. Each record component is a key in kebab-case
 * ({@code segmentSize} is {@code segment-size}); nested records are nested mappings. A key absent
 * from the file takes the value of the record's {@code static defaults()}; a component whose
 * default is {@code null} (or a record without {@code defaults()}) is required. Validation is the
 * record's own: its constructor's {@link IllegalArgumentException} becomes a {@link ConfigException}
 * naming the key.
 *
 * <p>Values: strings, booleans, numbers (integers also as sizes such as {@code 64MiB}, see
 * {@link Sizes}), enums (case-insensitive), {@link Path}, {@link java.time.Duration} (see
 * {@link Durations}), {@link java.net.InetSocketAddress} ({@code host:port}), lists and string-keyed
 * maps of those, and nested records.
 */
public final class ConfigBinder {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;

    private ConfigBinder(String source) {
        this.source = source;
    }

    /** Reads and binds a YAML file. */
    public static <T extends Record> T load(Path file, Class<T> type) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the file: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), type);
    }

    /** Binds YAML text; {@code source} names it in error messages. */
    public static <T extends Record> T parse(String yaml, String source, Class<T> type) throws ConfigException {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new ConfigException(source, "", "not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = MissingNode.getInstance();
        } else if (!tree.isObject()) {
            throw new ConfigException(source, "", "expected a mapping of keys at the top level, got "
                    + describe(tree));
        }
        return new ConfigBinder(source).bindRecord(tree, type, "", null);
    }

    /** The key that names a record component: {@code segmentSize} → {@code segment-size}. */
    public static String keyOf(String componentName) {
        StringBuilder b = new StringBuilder();
        for (char c : componentName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private <T extends Record> T bindRecord(JsonNode node, Class<T> type, String path, Record given)
            throws ConfigException {
        Record defaults = given != null ? given : defaultsOf(type, path);
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent rc : components) {
            byKey.put(keyOf(rc.getName()), rc);
        }
        if (!node.isMissingNode()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!byKey.containsKey(key)) {
                    throw new ConfigException(source, join(path, key), "unknown key; expected one of: "
                            + String.join(", ", byKey.keySet()));
                }
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            String key = keyOf(rc.getName());
            String keyPath = join(path, key);
            Object dflt = defaults == null ? null : read(rc, defaults);
            JsonNode value = node.path(key);
            if (value.isMissingNode()) {
                if (dflt == null && rc.getType().isRecord()) {
                    args[i] = bindRecord(MissingNode.getInstance(), asRecord(rc.getType()), keyPath, null);
                } else if (dflt == null) {
                    throw new ConfigException(source, keyPath, "missing required value ("
                            + expected(rc.getGenericType()) + ")");
                } else {
                    args[i] = dflt;
                }
            } else {
                args[i] = bindValue(value, rc.getGenericType(), keyPath, dflt);
            }
        }
        return construct(type, components, args, path);
    }

    private Object bindValue(JsonNode node, Type type, String path, Object dflt) throws ConfigException {
        if (node.isNull()) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new ConfigException(source, path, "expects " + expected(type) + ", got null");
            }
            return null;
        }
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] params = pt.getActualTypeArguments();
            if (raw == List.class) {
                if (!node.isArray()) {
                    throw new ConfigException(source, path, "expects a list, got " + describe(node));
                }
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < node.size(); i++) {
                    out.add(bindValue(node.get(i), params[0], path + "[" + i + "]", null));
                }
                return List.copyOf(out);
            }
            if (raw == Map.class && params[0] == String.class) {
                if (!node.isObject()) {
                    throw new ConfigException(source, path, "expects a mapping, got " + describe(node));
                }
                Map<String, Object> out = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.put(e.getKey(), bindValue(e.getValue(), params[1], join(path, e.getKey()), null));
                }
                return Map.copyOf(out);
            }
            throw new IllegalStateException("unsupported configuration type " + type + " at " + path);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            if (!node.isObject()) {
                throw new ConfigException(source, path, "expects a mapping of keys, got " + describe(node));
            }
            return bindRecord(node, asRecord(c), path, (Record) dflt);
        }
        if (!node.isValueNode()) {
            throw new ConfigException(source, path, "expects " + expected(type) + ", got " + describe(node));
        }
        try {
            return ScalarParser.parse(node, c);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, path, "expects " + expected(type) + ": " + e.getMessage());
        }
    }

    private <T extends Record> T construct(Class<T> type, RecordComponent[] components, Object[] args, String path)
            throws ConfigException {
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                throw new ConfigException(source, path, "invalid: " + cause.getMessage(), cause);
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " for " + path, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " for " + path, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Record> T defaultsOf(Class<T> type, String path) {
        try {
            Method m = type.getDeclaredMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                m.setAccessible(true);
                return (T) m.invoke(null);
            }
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("defaults() of " + type.getName() + " failed for " + path, e);
        }
        return null;
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            Method accessor = rc.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> asRecord(Class<?> c) {
        return (Class<? extends Record>) c;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String expected(Type type) {
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            return raw == List.class ? "a list of " + expected(pt.getActualTypeArguments()[0])
                    : "a mapping to " + expected(pt.getActualTypeArguments()[1]);
        }
        Class<?> c = (Class<?>) type;
        if (c.isEnum()) {
            return "one of " + Arrays.stream(c.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        if (c.isRecord()) {
            return "a mapping with keys " + Arrays.stream(c.getRecordComponents())
                    .map(rc -> keyOf(rc.getName())).collect(Collectors.joining(", "));
        }
        return ScalarParser.describeType(c);
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        return node.toString();
    }
}
