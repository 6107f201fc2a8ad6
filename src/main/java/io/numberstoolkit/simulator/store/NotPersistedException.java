package io.numberstoolkit.simulator.store;

import java.io.IOException;

/**
 * A change the journal could not record (a full disk, an I/O error): it was not applied either,
 * so the space is as it was and the client may try again.
 */
public final class NotPersistedException extends RuntimeException {
  public NotPersistedException(IOException cause) {
    super("the change was not saved, so nothing changed: the data file could not be written ("
        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
        + "); try again once the disk has room", cause);
  }
}
