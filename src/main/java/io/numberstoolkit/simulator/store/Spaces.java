package io.numberstoolkit.simulator.store;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default state space everyone shares, and the isolated sessions a client can ask for by
 * name. A session starts as a copy of the start-up state on first use and lives in memory only.
 */
public final class Spaces {
  private final Campaigns campaigns;
  private final SpaceState startState;
  private final NumberSpace shared;
  private final ConcurrentMap<String, NumberSpace> sessions = new ConcurrentHashMap<>();
  private final int maxSessions;

  public Spaces(Campaigns campaigns, SpaceState startState, NumberSpace shared, int maxSessions) {
    this.campaigns = campaigns;
    this.startState = startState;
    this.shared = shared;
    this.maxSessions = maxSessions;
  }

  public NumberSpace shared() {
    return shared;
  }

  /** The space a request acts on: the shared one when no session is named. */
  public NumberSpace space(String session) throws TooManySessionsException {
    if (session == null || session.isEmpty()) {
      return shared;
    }
    NumberSpace space = sessions.get(session);
    if (space != null) {
      return space;
    }
    if (sessions.size() >= maxSessions) {
      throw new TooManySessionsException(maxSessions);
    }
    return sessions.computeIfAbsent(
        session, name -> new NumberSpace(campaigns, startState, StateJournal.NONE));
  }

  public Optional<NumberSpace> existing(String session) {
    return session == null || session.isEmpty()
        ? Optional.of(shared)
        : Optional.ofNullable(sessions.get(session));
  }

  /** Puts a space back to the start-up state; a session not yet used is left alone. */
  public boolean reset(String session) {
    Optional<NumberSpace> space = existing(session);
    space.ifPresent(s -> s.replace(startState));
    return space.isPresent();
  }

  public void resetAll() {
    shared.replace(startState);
    sessions.clear();
  }

  public boolean drop(String session) {
    return sessions.remove(session) != null;
  }

  public Set<String> sessionNames() {
    return new TreeSet<>(sessions.keySet());
  }

  /** More isolated sessions than the simulator keeps in memory were asked for. */
  public static final class TooManySessionsException extends Exception {
    public TooManySessionsException(int limit) {
      super("this simulator keeps at most " + limit
          + " sessions; drop unused ones with DELETE /__admin/numbers/sessions/NAME", null, false, false);
    }
  }
}
