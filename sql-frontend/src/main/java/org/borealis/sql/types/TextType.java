package org.borealis.sql.types;

/** text: a string of any length. */
public final class TextType extends StringType {

    @Override
    public int oid() {
        return 25;
    }

    @Override
    public String typname() {
        return "text";
    }
}
