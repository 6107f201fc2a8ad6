package io.numberstoolkit.simulator.store;

import java.io.IOException;

/**
 * Where a state space records each change before it takes effect; persistence writes it to disk
 * there, so a change the client is told about is already durable.
 */
public interface StateJournal {
  StateJournal NONE =
      new StateJournal() {
        @Override
        public void saved(NumberRecord record, Sequences sequences) {}

        @Override
        public void deleted(long companyId, long id, Sequences sequences) {}

        @Override
        public void replaced(SpaceState state) {}
      };

  void saved(NumberRecord record, Sequences sequences) throws IOException;

  void deleted(long companyId, long id, Sequences sequences) throws IOException;

  /** The whole state was replaced (reset or load). */
  void replaced(SpaceState state) throws IOException;
}
