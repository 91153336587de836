package org.borealis.sql.pgcatalog;

/** PostgreSQL 15's fixed OIDs for the built-in objects the catalog relations mention. */
public final class Oids {

    public static final int PG_CATALOG = 11;
    public static final int PG_TOAST = 99;
    public static final int PUBLIC = 2200;
    public static final int INFORMATION_SCHEMA = 13207;

    public static final int HEAP_AM = 2;
    public static final int BTREE_AM = 403;
    public static final int DEFAULT_TABLESPACE = 1663;
    public static final int DEFAULT_COLLATION = 100;
    public static final int C_COLLATION = 950;

    public static final int PG_DATABASE_OWNER = 6171;
    /** The database's OID ({@code postgres} in a fresh PostgreSQL cluster). */
    public static final int DATABASE = 5;
    public static final int UTF8_ENCODING = 6;

    /** Catalog relations whose OIDs other rows point at ({@code pg_description.classoid}, ...). */
    public static final int PG_CLASS = 1259;
    public static final int PG_CONSTRAINT = 2606;
    public static final int PG_NAMESPACE = 2615;
    public static final int PG_PROC = 1255;
    public static final int PG_TYPE = 1247;

    private Oids() {
    }
}
