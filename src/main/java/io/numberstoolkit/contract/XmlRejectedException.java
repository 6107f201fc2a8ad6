package io.numberstoolkit.contract;

/**
 * An XML document that {@link RailsXml#read(String)} refuses: malformed, outside the Rails-style
 * format, or unsafe (a DTD or entity). The message says what and, where the parser knows it, where
 * (line and column); it is meant to be shown to a user as it is.
 */
public final class XmlRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  public XmlRejectedException(String message) {
    super(message);
  }

  XmlRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
