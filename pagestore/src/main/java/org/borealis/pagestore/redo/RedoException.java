package org.borealis.pagestore.redo;

/**
 * A record cannot be applied to the page it names: the page is of the wrong type, an offset is out
 * of range, the type is unknown. Means corruption or a bug, never a passing fault: whoever catches
 * it stops using that page version rather than serve a guess.
 */
public class RedoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RedoException(String message) {
        super(message);
    }
}
