package io.numberstoolkit.simulator.store;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default state space everyone shares, and the isolated sessions a client can ask for by
 * name. A session starts as a copy of the start-up state on first use and lives in memory only.
 * Sessions are capped by count and by memory: each has indexes of its own over the start state's
 * numbers, so a thousand sessions of a 20,000-number state needed 3.5 GB, and a small heap ran
 * out (an OutOfMemoryError mid-request) long before the count cap was reached.
 */
public final class Spaces {
  /** Measured: a session's indexes take 187 bytes a number; the rest is room to grow. */
  static final long BYTES_PER_NUMBER = 256;
  static final long BYTES_PER_SESSION = 64 * 1024;

  private final Campaigns campaigns;
  private final SpaceState startState;
  private final NumberSpace shared;
  private final ConcurrentMap<String, NumberSpace> sessions = new ConcurrentHashMap<>();
  private final int maxSessions;
  private final long sessionMemory;

  /** With half of the JVM's heap for sessions. */
  public Spaces(Campaigns campaigns, SpaceState startState, NumberSpace shared, int maxSessions) {
    this(campaigns, startState, shared, maxSessions, Runtime.getRuntime().maxMemory() / 2);
  }

  public Spaces(Campaigns campaigns, SpaceState startState, NumberSpace shared, int maxSessions, long sessionMemory) {
    this.campaigns = campaigns;
    this.startState = startState;
    this.shared = shared;
    this.sessionMemory = sessionMemory;
    this.maxSessions = (int) Math.min(maxSessions, sessionMemory / sessionCost());
  }

  private long sessionCost() {
    return BYTES_PER_SESSION + BYTES_PER_NUMBER * startState.numbers().size();
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
      throw new TooManySessionsException(maxSessions, sessionMemory / sessionCost() <= maxSessions
          ? ": each is reckoned at " + megabytes(sessionCost()) + " over the start state's " + startState.numbers().size()
              + " numbers, and sessions get " + megabytes(sessionMemory) + " (half the heap; more with java -Xmx)"
          : "");
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

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** More isolated sessions than the simulator keeps in memory were asked for. */
  public static final class TooManySessionsException extends Exception {
    public TooManySessionsException(int limit, String why) {
      super("this simulator keeps at most " + limit + " sessions" + why
          + "; drop unused ones with DELETE /__admin/numbers/sessions/NAME", null, false, false);
    }
  }
}
