package io.numberstoolkit.simulator.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One independent state space of numbers: the shared default one, or an isolated session. Reads
 * run concurrently, writes one at a time; each write is worked out by {@link NumberRules},
 * recorded in the {@link StateJournal} and only then applied to the indexes. Every number belongs
 * to a company, and each operation sees only its company's.
 */
public final class NumberSpace {
  private final NumberRules rules;
  private final StateJournal journal;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final SplittableRandom random = new SplittableRandom();

  private final Map<Long, NumberRecord> byId = new HashMap<>();
  private final Map<Long, CompanyNumbers> companies = new HashMap<>();
  private final Set<String> phoneNumbers = new HashSet<>();
  private Sequences sequences = Sequences.START;

  /** A company's numbers in id order, and by search key. */
  private static final class CompanyNumbers {
    final OrderedIds ids = new OrderedIds();
    final Map<String, NavigableSet<Long>> bySearchKey = new HashMap<>();
  }

  public NumberSpace(Campaigns campaigns, SpaceState state, StateJournal journal) {
    this.rules = new NumberRules(campaigns);
    this.journal = journal;
    install(state);
  }

  // ---- reads

  public Optional<NumberRecord> find(long companyId, long id) {
    return read(() -> Optional.ofNullable(byId.get(id)).filter(r -> r.companyId() == companyId));
  }

  public Page<NumberRecord> list(long companyId, int page) {
    return read(
        () -> {
          CompanyNumbers company = companies.get(companyId);
          int total = company == null ? 0 : company.ids.size();
          return Page.of(page, total, (offset, limit) -> records(company.ids.slice(offset, limit)));
        });
  }

  public Page<NumberRecord> search(long companyId, String cid, String afid, String sid, int page) {
    return read(
        () -> {
          CompanyNumbers company = companies.get(companyId);
          NavigableSet<Long> matches =
              company == null
                  ? Collections.emptyNavigableSet()
                  : company.bySearchKey.getOrDefault(
                      SearchKey.of(cid, afid, sid), Collections.emptyNavigableSet());
          return Page.of(
              page, matches.size(),
              (offset, limit) -> records(matches.stream().skip(offset).limit(limit).toList()));
        });
  }

  public SpaceState state() {
    return read(
        () -> {
          List<NumberRecord> numbers = new ArrayList<>(byId.values());
          numbers.sort((a, b) -> Long.compare(a.id(), b.id()));
          return new SpaceState(numbers, sequences);
        });
  }

  public int size() {
    return read(byId::size);
  }

  // ---- writes

  public NumberRecord create(long companyId, NumberChanges changes, Instant now)
      throws RuleViolationException {
    lock.writeLock().lock();
    try {
      IdAllocator ids = new IdAllocator(sequences);
      NumberRecord record =
          rules.create(
              companyId, changes,
              (tollFree, country, desiredText) ->
                  PhoneNumbers.next(tollFree, country, desiredText, phoneNumbers, random),
              ids, now);
      commitSave(record, SpaceStateRules.idsLeft(ids.sequences()));
      return record;
    } finally {
      lock.writeLock().unlock();
    }
  }

  public Optional<NumberRecord> update(long companyId, long id, NumberChanges changes, Instant now)
      throws RuleViolationException {
    lock.writeLock().lock();
    try {
      NumberRecord old = byId.get(id);
      if (old == null || old.companyId() != companyId) {
        return Optional.empty();
      }
      IdAllocator ids = new IdAllocator(sequences);
      NumberRecord record = rules.update(old, changes, ids, now);
      commitSave(record, SpaceStateRules.idsLeft(ids.sequences()));
      return Optional.of(record);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public Optional<NumberRecord> delete(long companyId, long id) {
    lock.writeLock().lock();
    try {
      NumberRecord old = byId.get(id);
      if (old == null || old.companyId() != companyId) {
        return Optional.empty();
      }
      durably(() -> journal.deleted(companyId, id, sequences));
      unindex(old);
      return Optional.of(old);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Replaces everything this space holds (reset to the start-up state, or a load). */
  public void replace(SpaceState state) {
    lock.writeLock().lock();
    try {
      durably(() -> journal.replaced(state));
      byId.clear();
      companies.clear();
      phoneNumbers.clear();
      install(state);
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- indexes

  private void commitSave(NumberRecord record, Sequences next) {
    durably(() -> journal.saved(record, next));
    NumberRecord old = byId.get(record.id());
    if (old == null) {
      index(record);
    } else {
      // An update keeps the number's id, company and phone number: only its search key may move.
      byId.put(record.id(), record);
      CompanyNumbers company = companies.get(record.companyId());
      removeFromSearch(company, old);
      company.bySearchKey.computeIfAbsent(record.searchKey(), k -> new TreeSet<>()).add(record.id());
    }
    sequences = sequences.max(next);
  }

  private void install(SpaceState state) {
    sequences = state.sequences();
    state.numbers().stream()
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .forEach(
            record -> {
              index(record);
              sequences = sequences.atLeastAfter(record);
            });
  }

  private void index(NumberRecord record) {
    byId.put(record.id(), record);
    phoneNumbers.add(record.number());
    CompanyNumbers company = companies.computeIfAbsent(record.companyId(), c -> new CompanyNumbers());
    company.ids.add(record.id());
    company.bySearchKey.computeIfAbsent(record.searchKey(), k -> new TreeSet<>()).add(record.id());
  }

  private void unindex(NumberRecord record) {
    byId.remove(record.id());
    phoneNumbers.remove(record.number());
    CompanyNumbers company = companies.get(record.companyId());
    company.ids.remove(record.id());
    removeFromSearch(company, record);
  }

  private static void removeFromSearch(CompanyNumbers company, NumberRecord record) {
    NavigableSet<Long> matches = company.bySearchKey.get(record.searchKey());
    if (matches != null) {
      matches.remove(record.id());
      if (matches.isEmpty()) {
        company.bySearchKey.remove(record.searchKey());
      }
    }
  }

  private List<NumberRecord> records(List<Long> ids) {
    List<NumberRecord> records = new ArrayList<>(ids.size());
    ids.forEach(id -> records.add(byId.get(id)));
    return records;
  }

  private <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private interface Write {
    void run() throws IOException;
  }

  /** Persists before the in-memory change, so nothing acknowledged is ever only in memory. */
  private static void durably(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new NotPersistedException(e);
    }
  }
}
