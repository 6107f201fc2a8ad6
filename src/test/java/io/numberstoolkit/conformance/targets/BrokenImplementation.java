package io.numberstoolkit.conformance.targets;

import java.util.List;
import java.util.stream.Stream;

/**
 * An implementation of the numbers API that breaks one documented rule, and the scenario that
 * must catch it. {@link Defect} holds the ones the suite's scenarios catch, {@link OracleDefect}
 * those only the state oracle or the scenarios that look from every side catch; together they are
 * {@link #all()}, the one table features/BROKEN-IMPLEMENTATIONS.md.
 */
public interface BrokenImplementation {
  /** The two documents a rule is quoted from. */
  enum Source {
    DOCS("numbers-api-docs.md"),
    FACTS("what-the-docs-leave-open.md");

    public final String file;

    Source(String file) {
      this.file = file;
    }
  }

  /** The broken implementation's name, saying what it does wrong. */
  String name();

  /** The document the broken rule is written in. */
  Source source();

  /** The rule it breaks, quoted from {@link #source()}. */
  String rule();

  /** The name of the scenario that must fail against it. */
  String caughtBy();

  /** The broken implementation for one run, with no state from an earlier run. */
  RewritingProxy.Rewrite rewrite();

  /** Every broken implementation the tests run. */
  static List<BrokenImplementation> all() {
    return Stream.concat(Stream.of(Defect.values()), Stream.of(OracleDefect.values()))
        .map(BrokenImplementation.class::cast).toList();
  }
}
