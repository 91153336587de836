package org.borealis.sql.parser.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Generic rewriting of the AST, whose nodes are records and lists of records. */
public final class AstNodes {

    private AstNodes() {
    }

    /**
     * {@code node} rebuilt with every element (a list) or component (a record) replaced by
     * {@code f} of it; anything else (strings, numbers, enums, null) is returned as it is. One
     * level only: {@code f} decides whether to descend.
     */
    public static Object map(Object node, UnaryOperator<Object> f) {
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(f.apply(o));
            }
            return out;
        }
        if (node == null || !node.getClass().isRecord()) {
            return node;
        }
        RecordComponent[] parts = node.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Object component;
            try {
                component = parts[i].getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + node.getClass().getSimpleName(), e);
            }
            values[i] = f.apply(component);
            types[i] = parts[i].getType();
        }
        try {
            Constructor<?> ctor = node.getClass().getDeclaredConstructor(types);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + node.getClass().getSimpleName(), e);
        }
    }
}
