package io.numberstoolkit.contract;

/**
 * One way a document breaks the contract.
 *
 * @param pointer RFC 6901 JSON pointer to the offending value; for a missing or a disallowed
 *     property, to that property (e.g. {@code /number/cid}); {@code ""} for the document itself
 * @param rule the JSON Schema keyword that failed, e.g. {@code required}, {@code enum}, {@code format}
 * @param message what is wrong, in words, without the pointer
 */
public record Violation(String pointer, String rule, String message) {

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
  }
}
