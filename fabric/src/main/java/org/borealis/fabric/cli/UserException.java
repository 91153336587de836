package org.borealis.fabric.cli;

/**
 * A problem the user can fix (a data folder in use, a node that does not answer): the command
 * prints the message alone and exits with status 2.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
