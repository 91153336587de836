-- The schema psql's \d family is compared on (PsqlCatalogTest): created on Borealis and on
-- PostgreSQL 15 (where the test first creates schema app, which Borealis creates implicitly).
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    name varchar(40) NOT NULL,
    balance numeric(12,2) DEFAULT 0 CHECK (balance >= 0),
    created timestamp with time zone DEFAULT now(),
    note text DEFAULT 'none',
    score real,
    CONSTRAINT accounts_note_check CHECK (length(note) < 100 OR note IS NULL)
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts(id),
    qty smallint CHECK (qty > 0),
    code char(3) UNIQUE,
    flag boolean DEFAULT true,
    price double precision DEFAULT 1.5,
    status text DEFAULT 'new' CHECK (status IN ('new', 'done')),
    seq bigint DEFAULT -1
);
CREATE INDEX orders_account_idx ON orders (account_id);
CREATE UNIQUE INDEX accounts_name_idx ON accounts (name, id);
CREATE TABLE "Mixed Case" ("Id" integer PRIMARY KEY, "select" text NOT NULL, d date, u uuid, b bytea);
CREATE TABLE app.items (k text PRIMARY KEY, v varchar(10) DEFAULT 'x' CHECK (v <> ''), ts timestamp, n numeric);
CREATE TABLE app.links (id integer, item text REFERENCES app.items(k), PRIMARY KEY (id));
CREATE ROLE alice LOGIN;
CREATE ROLE bob SUPERUSER;
