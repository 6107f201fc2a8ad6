package io.numberstoolkit.contract;

/** The text handed to the validator is not JSON at all; the message says where it breaks. */
public final class InvalidJsonException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
