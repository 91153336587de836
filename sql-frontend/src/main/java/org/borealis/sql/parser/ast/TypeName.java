package org.borealis.sql.parser.ast;

import java.util.List;

/** A type as written: canonical lower-case name, modifiers ({@code varchar(20)}), array depth. */
public record TypeName(String name, List<Integer> modifiers, int arrayDims, int pos) {
}
