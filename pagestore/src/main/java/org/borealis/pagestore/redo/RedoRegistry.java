package org.borealis.pagestore.redo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.RecordTypes;

/**
 * The registry of record types and their redo handlers: the only code that turns a record into
 * page bytes. {@link #standard()} holds every type Borealis writes: the generic ones and those of
 * each {@link RedoModule} found on the class path (heap, B-tree, transaction status, ...).
 *
 * <p>Thread-safe once built; lookups are an array index.
 */
public final class RedoRegistry {

    private static final class Holder {
        static final RedoRegistry STANDARD = buildStandard();
    }

    private final RedoHandler[] handlers = new RedoHandler[0x10000];
    private final String[] names = new String[0x10000];

    /** A registry with the generic types only. */
    public static RedoRegistry generic() {
        RedoRegistry r = new RedoRegistry();
        GenericRedo.registerInto(r);
        return r;
    }

    /** Every record type Borealis knows; built once. */
    public static RedoRegistry standard() {
        return Holder.STANDARD;
    }

    private static RedoRegistry buildStandard() {
        RedoRegistry r = generic();
        List<RedoModule> modules = new ArrayList<>();
        ServiceLoader.load(RedoModule.class, RedoRegistry.class.getClassLoader()).forEach(modules::add);
        modules.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        for (RedoModule m : modules) {
            m.registerInto(r);
        }
        return r;
    }

    /** Adds a type; a number may be registered once. */
    public RedoRegistry register(int type, String name, RedoHandler handler) {
        if (type <= 0 || type > 0xFFFF) {
            throw new IllegalArgumentException("record type out of range: " + type);
        }
        if (handlers[type] != null) {
            throw new IllegalStateException("record type 0x" + Integer.toHexString(type) + " is already registered as "
                    + names[type]);
        }
        handlers[type] = handler;
        names[type] = name;
        return this;
    }

    public boolean isKnown(int type) {
        return type > 0 && type <= 0xFFFF && handlers[type] != null;
    }

    public String name(int type) {
        return type > 0 && type <= 0xFFFF && names[type] != null ? names[type] : RecordTypes.name(type);
    }

    /**
     * Applies {@code record} to {@code page} and sets the page LSN to the record's. A record whose
     * LSN is not above the page's LSN is already reflected in the page and is skipped.
     *
     * @return true when applied, false when skipped
     * @throws RedoException when the type is unknown or the record does not fit the page
     */
    public boolean apply(ByteBuffer page, LogRecord record) {
        long lsn = record.lsn();
        if (Long.compareUnsigned(lsn, PageLayout.lsn(page)) <= 0) {
            return false;
        }
        int type = record.type();
        RedoHandler h = type > 0 && type <= 0xFFFF ? handlers[type] : null;
        if (h == null) {
            throw new RedoException("unknown record type 0x" + Integer.toHexString(type) + " at LSN " + lsn);
        }
        h.apply(page, record);
        PageLayout.setLsn(page, lsn);
        return true;
    }
}
