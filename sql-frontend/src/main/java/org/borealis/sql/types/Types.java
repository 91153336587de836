package org.borealis.sql.types;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/** The registry of every supported type, by OID and by SQL name (with PostgreSQL's aliases). */
public final class Types {

    public static final BoolType BOOL = new BoolType();
    public static final ByteaType BYTEA = new ByteaType();
    public static final NameType NAME = new NameType();
    public static final IntegerType INT2 = new IntegerType(21, 2, "int2", "smallint");
    public static final IntegerType INT4 = new IntegerType(23, 4, "int4", "integer");
    public static final IntegerType INT8 = new IntegerType(20, 8, "int8", "bigint");
    public static final TextType TEXT = new TextType();
    public static final OidType OID = new OidType();
    public static final FloatType FLOAT4 = new FloatType(true);
    public static final FloatType FLOAT8 = new FloatType(false);
    public static final UnknownType UNKNOWN = new UnknownType();
    public static final BpcharType BPCHAR = new BpcharType();
    public static final VarcharType VARCHAR = new VarcharType();
    public static final DateType DATE = new DateType();
    public static final TimestampType TIMESTAMP = new TimestampType();
    public static final TimestamptzType TIMESTAMPTZ = new TimestamptzType();
    public static final TimeType TIME = new TimeType();
    public static final IntervalType INTERVAL = new IntervalType();
    public static final NumericType NUMERIC = new NumericType();
    public static final UuidType UUID = new UuidType();
    public static final JsonType JSON = new JsonType();
    public static final JsonbType JSONB = new JsonbType();
    public static final CharType CHAR = new CharType();
    public static final RegType REGPROC = new RegType(24, "regproc");
    public static final RegType REGPROCEDURE = new RegType(2202, "regprocedure");
    public static final RegType REGCLASS = new RegType(2205, "regclass");
    public static final RegType REGTYPE = new RegType(2206, "regtype");
    public static final RegType REGNAMESPACE = new RegType(4089, "regnamespace");
    public static final RegType REGROLE = new RegType(4096, "regrole");
    public static final InternalTextType PG_NODE_TREE = new InternalTextType(194, "pg_node_tree");
    public static final InternalTextType ACLITEM = new InternalTextType(1033, "aclitem");
    public static final ArrayType INT2VECTOR = new ArrayType(22, "int2vector", INT2, true);
    public static final ArrayType OIDVECTOR = new ArrayType(30, "oidvector", OID, true);

    /** Element type OID to array type OID, as in PostgreSQL's pg_type. */
    private static final int[][] ARRAYS = {
        {16, 1000}, {17, 1001}, {18, 1002}, {19, 1003}, {20, 1016}, {21, 1005}, {22, 1006}, {23, 1007}, {24, 1008},
        {25, 1009}, {26, 1028}, {30, 1013}, {700, 1021}, {701, 1022}, {1033, 1034}, {1042, 1014}, {1043, 1015},
        {1082, 1182}, {1083, 1183}, {1114, 1115}, {1186, 1187}, {1184, 1185}, {1700, 1231}, {2950, 2951}, {114, 199}, {3802, 3807}, {2202, 2207}, {2205, 2210},
        {2206, 2211}, {4089, 4090}, {4096, 4097},
    };
    private static final Map<Integer, ArrayType> ARRAY_OF = new HashMap<>();

    private static final Map<Integer, PgType> BY_OID = new HashMap<>();
    private static final Map<String, PgType> BY_NAME = new HashMap<>();

    static {
        for (PgType t : new PgType[] {BOOL, BYTEA, NAME, INT2, INT4, INT8, TEXT, OID, FLOAT4, FLOAT8, UNKNOWN,
                BPCHAR, VARCHAR, DATE, TIMESTAMP, TIMESTAMPTZ, TIME, INTERVAL, NUMERIC, UUID, JSON, JSONB, CHAR, REGPROC, REGPROCEDURE, REGCLASS,
                REGTYPE, REGNAMESPACE, REGROLE, PG_NODE_TREE, ACLITEM, INT2VECTOR, OIDVECTOR}) {
            BY_OID.put(t.oid(), t);
            BY_NAME.put(t.typname(), t);
            BY_NAME.put(t.displayName(), t);
        }
        for (int[] a : ARRAYS) {
            PgType e = BY_OID.get(a[0]);
            ArrayType t = new ArrayType(a[1], "_" + e.typname(), e, false);
            ARRAY_OF.put(e.oid(), t);
            BY_OID.put(t.oid(), t);
            BY_NAME.put(t.typname(), t);
        }
        BY_NAME.put("int", INT4);
        BY_NAME.put("integer", INT4);
        BY_NAME.put("smallint", INT2);
        BY_NAME.put("bigint", INT8);
        BY_NAME.put("real", FLOAT4);
        BY_NAME.put("float", FLOAT8);
        BY_NAME.put("double precision", FLOAT8);
        BY_NAME.put("decimal", NUMERIC);
        BY_NAME.put("boolean", BOOL);
        BY_NAME.put("bpchar", BPCHAR);
        BY_NAME.put("character", BPCHAR);
        BY_NAME.put("character varying", VARCHAR);
        BY_NAME.put("timestamp without time zone", TIMESTAMP);
        BY_NAME.put("timestamp with time zone", TIMESTAMPTZ);
        BY_NAME.put("serial", INT4);
        BY_NAME.put("bigserial", INT8);
        BY_NAME.put("smallserial", INT2);
    }

    private Types() {
    }

    /** The array type whose elements are {@code element}, or null when there is none. */
    public static ArrayType arrayOf(PgType element) {
        if (element instanceof RecordType r) {
            return r.arrayType(); // record[] or a row type's array: values only, never stored
        }
        return ARRAY_OF.get(element.oid());
    }

    /** The type with this OID, or null. */
    public static PgType byOid(int oid) {
        return BY_OID.get(oid);
    }

    /** The type with this OID; 42704 when unknown. */
    public static PgType requireOid(int oid) {
        PgType t = BY_OID.get(oid);
        if (t == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "type with OID " + oid + " does not exist");
        }
        return t;
    }

    /** The type with this SQL name (case-insensitive, aliases included), or null. */
    public static PgType byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("pg_catalog.")) {
            n = n.substring("pg_catalog.".length());
        }
        return BY_NAME.get(n);
    }

    public static boolean isInteger(PgType t) {
        return t instanceof IntegerType;
    }

    public static boolean isString(PgType t) {
        return t instanceof StringType && t != UNKNOWN;
    }
}
