package io.numberstoolkit.simulator.store;

import io.numberstoolkit.contract.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * One independent state space of numbers: the shared default one, or an isolated session. It
 * holds the API's behaviour rules for create, update and delete; reads run concurrently, writes
 * one at a time. Every number belongs to a company, and each operation sees only its company's.
 */
public final class NumberSpace {
  private static final String TOLL_FREE = "Toll-free";
  private static final String DEFAULT_VOICE = "Male";

  private final Campaigns campaigns;
  private final StateJournal journal;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final SplittableRandom random = new SplittableRandom();

  private final Map<Long, NumberRecord> byId = new HashMap<>();
  private final Map<Long, CompanyNumbers> companies = new HashMap<>();
  private final Set<String> phoneNumbers = new HashSet<>();
  private final Map<Long, Set<String>> affiliates = new HashMap<>();
  private Sequences sequences = Sequences.START;

  /** A company's numbers in id order, and by search key. */
  private static final class CompanyNumbers {
    final OrderedIds ids = new OrderedIds();
    final Map<String, TreeSet<Long>> bySearchKey = new HashMap<>();
  }

  public NumberSpace(Campaigns campaigns, SpaceState state, StateJournal journal) {
    this.campaigns = campaigns;
    this.journal = journal;
    install(state);
  }

  public Campaigns campaigns() {
    return campaigns;
  }

  // ---- reads

  public Optional<NumberRecord> find(long companyId, long id) {
    return read(() -> Optional.ofNullable(byId.get(id)).filter(r -> r.companyId() == companyId));
  }

  public Page<NumberRecord> list(long companyId, int page) {
    return read(
        () -> {
          CompanyNumbers company = companies.get(companyId);
          if (company == null) {
            return new Page<>(List.of(), page, 1);
          }
          long offset = (long) (page - 1) * Page.SIZE;
          List<Long> ids =
              offset > Integer.MAX_VALUE ? List.of() : company.ids.slice((int) offset, Page.SIZE);
          return new Page<>(records(ids), page, Page.lastPageOf(company.ids.size()));
        });
  }

  public Page<NumberRecord> search(long companyId, String cid, String afid, String sid, int page) {
    return read(
        () -> {
          CompanyNumbers company = companies.get(companyId);
          TreeSet<Long> matches =
              company == null ? null : company.bySearchKey.get(SearchKey.of(cid, afid, sid));
          if (matches == null) {
            return new Page<>(List.of(), page, 1);
          }
          long offset = (long) (page - 1) * Page.SIZE;
          List<Long> ids =
              matches.stream().skip(offset).limit(Page.SIZE).toList();
          return new Page<>(records(ids), page, Page.lastPageOf(matches.size()));
        });
  }

  public SpaceState state() {
    return read(
        () -> {
          List<NumberRecord> numbers = new ArrayList<>(byId.values());
          numbers.sort((a, b) -> Long.compare(a.id(), b.id()));
          Map<Long, Set<String>> copy = new HashMap<>();
          affiliates.forEach((company, afids) -> copy.put(company, Set.copyOf(afids)));
          return new SpaceState(numbers, copy, sequences);
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
      Campaign campaign = campaign(changes.cid(), "/number/cid");
      checkTargets(changes);
      if (changes.country() != null && !PhoneNumbers.isKnownCountry(changes.country())) {
        throw new RuleViolationException("/number/country", "enum", "unknown country " + changes.country());
      }
      Sequences next = sequences;
      boolean tollFree = changes.type() == null || TOLL_FREE.equals(changes.type());
      String phone =
          PhoneNumbers.next(tollFree, changes.country(), changes.desiredText(), phoneNumbers, random);
      long id = next.nextNumberId();
      next = new Sequences(id + 1, next.nextTimerId(), next.nextMenuOptionId());
      Instant at = now.truncatedTo(ChronoUnit.SECONDS);

      Greeting greeting =
          changes.overridesGreeting()
              ? ownGreeting(campaign.greeting(), changes, at)
              : campaign.greeting();
      Ids ids = new Ids(next);
      boolean destroy = Boolean.TRUE.equals(changes.destroyNested());
      List<Timer> timers =
          changes.timers() != null || destroy
              ? applyTimers(List.of(), changes.timers(), ids, "/number/timers_attributes")
              : inheritTimers(campaign, ids);
      List<MenuOption> menuOptions =
          changes.menuOptions() != null || destroy
              ? applyMenuOptions(List.of(), changes.menuOptions(), ids, "/number/menu_options_attributes")
              : inheritMenuOptions(campaign, ids);

      NumberRecord record =
          new NumberRecord(
              id, companyId, phone, tollFree, at, at, changes.sid(), changes.afid(), changes.cid(),
              !changes.overridesCampaignSettings(), greeting, timers, menuOptions);
      commitSave(record, ids.sequences());
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
      rejectProvisioningChanges(changes);
      checkTargets(changes);
      String cid = changes.cid() != null ? changes.cid() : old.cid();
      Campaign campaign = campaign(cid, "/number/cid");
      boolean campaignChanged = !cid.equals(old.cid());
      Ids ids = new Ids(sequences);
      // updated_at must move on every update, even two in the same second.
      Instant at = latest(now.truncatedTo(ChronoUnit.SECONDS), old.updatedAt().plusSeconds(1));

      Greeting greeting = old.greeting();
      if (changes.overridesGreeting()) {
        greeting = ownGreeting(greeting, changes, at);
      } else if (campaignChanged && greeting.inherited()) {
        greeting = campaign.greeting();
      }

      boolean destroy = Boolean.TRUE.equals(changes.destroyNested());
      List<Timer> timers = destroy ? List.of() : old.timers();
      if (campaignChanged && !destroy && allInherited(timers, Timer::inherited)) {
        timers = inheritTimers(campaign, ids);
      }
      timers = applyTimers(timers, changes.timers(), ids, "/number/timers_attributes");

      List<MenuOption> menuOptions = destroy ? List.of() : old.menuOptions();
      if (campaignChanged && !destroy && allInherited(menuOptions, MenuOption::inherited)) {
        menuOptions = inheritMenuOptions(campaign, ids);
      }
      menuOptions =
          applyMenuOptions(menuOptions, changes.menuOptions(), ids, "/number/menu_options_attributes");

      NumberRecord record =
          new NumberRecord(
              id, companyId, old.number(), old.tollFree(), old.createdAt(), at,
              changes.sid() != null ? changes.sid() : old.sid(),
              changes.afid() != null ? changes.afid() : old.afid(),
              cid,
              old.usesCampaignSettings() && !changes.overridesCampaignSettings(),
              greeting, timers, menuOptions);
      commitSave(record, ids.sequences());
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
      affiliates.clear();
      install(state);
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- rules

  private Campaign campaign(String cid, String pointer) throws RuleViolationException {
    return campaigns
        .find(cid)
        .orElseThrow(
            () ->
                new RuleViolationException(
                    pointer, "campaign-exists", "no campaign with cid " + cid + " is configured"));
  }

  private void checkTargets(NumberChanges changes) throws RuleViolationException {
    if (changes.menuOptions() == null) {
      return;
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < changes.menuOptions().size(); i++) {
      String target = changes.menuOptions().get(i).targetCid();
      if (target != null && campaigns.find(target).isEmpty()) {
        violations.add(
            new Violation(
                "/number/menu_options_attributes/" + i + "/target_cid", "campaign-exists",
                "no campaign with cid " + target + " is configured"));
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  /** A number keeps its phone number: what would need a new one cannot be changed. */
  private static void rejectProvisioningChanges(NumberChanges changes) throws RuleViolationException {
    List<Violation> violations = new ArrayList<>();
    if (changes.type() != null) {
      violations.add(immutable("type"));
    }
    if (changes.country() != null) {
      violations.add(immutable("country"));
    }
    if (changes.desiredText() != null) {
      violations.add(immutable("desired_text"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  private static Violation immutable(String field) {
    return new Violation(
        "/number/" + field, "immutable",
        field + " is chosen when the number is created and cannot be changed");
  }

  private static Greeting ownGreeting(Greeting current, NumberChanges changes, Instant at)
      throws RuleViolationException {
    if (changes.audioFiles().size() > 1) {
      throw new RuleViolationException(
          "/number/message_file_b64_data", "one-audio-file",
          "send either message_file or message_file_b64_data, not both");
    }
    if (changes.audio() != null) {
      if (changes.message() != null || changes.voiceGender() != null) {
        throw new RuleViolationException(
            "/number/message", "one-greeting",
            "give either a text-to-speech message or an audio file, not both");
      }
      NumberChanges.AudioUpload audio = changes.audio();
      return new Greeting.Audio(audio.fileName(), audio.contentType(), audio.size(), at, false);
    }
    String message = changes.message();
    String voice = changes.voiceGender();
    if (current instanceof Greeting.Spoken spoken) {
      message = message != null ? message : spoken.message();
      voice = voice != null ? voice : spoken.voiceGender();
    }
    if (message == null) {
      throw new RuleViolationException(
          "/number/message", "required",
          "voice_gender needs a message: the current greeting is an audio file");
    }
    return new Greeting.Spoken(message, voice != null ? voice : DEFAULT_VOICE, false);
  }

  private static List<Timer> inheritTimers(Campaign campaign, Ids ids) {
    return campaign.timers().stream().map(t -> t.withId(ids.nextTimer())).toList();
  }

  private static List<MenuOption> inheritMenuOptions(Campaign campaign, Ids ids) {
    return campaign.menuOptions().stream().map(m -> m.withId(ids.nextMenuOption())).toList();
  }

  private static List<Timer> applyTimers(
      List<Timer> current, List<NumberChanges.TimerChange> changes, Ids ids, String pointer)
      throws RuleViolationException {
    if (changes == null) {
      return current;
    }
    List<Timer> result = new ArrayList<>(current);
    for (int i = 0; i < changes.size(); i++) {
      NumberChanges.TimerChange change = changes.get(i);
      if (change.id() == null) {
        result.add(new Timer(ids.nextTimer(), change.seconds(), change.url(), false));
        continue;
      }
      int at = indexOf(result, t -> t.id() == change.id());
      if (at < 0) {
        throw new RuleViolationException(
            pointer + "/" + i + "/id", "nested-exists", "this number has no timer " + change.id());
      }
      Timer old = result.get(at);
      result.set(
          at,
          new Timer(
              old.id(),
              change.seconds() != null ? change.seconds() : old.seconds(),
              change.url() != null ? change.url() : old.url(),
              false));
    }
    return result;
  }

  private static List<MenuOption> applyMenuOptions(
      List<MenuOption> current, List<NumberChanges.MenuOptionChange> changes, Ids ids, String pointer)
      throws RuleViolationException {
    if (changes == null) {
      return current;
    }
    List<MenuOption> result = new ArrayList<>(current);
    for (int i = 0; i < changes.size(); i++) {
      NumberChanges.MenuOptionChange change = changes.get(i);
      MenuOption old = null;
      if (change.id() != null) {
        int at = indexOf(result, m -> m.id() == change.id());
        if (at < 0) {
          throw new RuleViolationException(
              pointer + "/" + i + "/id", "nested-exists",
              "this number has no menu option " + change.id());
        }
        old = result.remove(at);
      }
      String targetCid =
          change.targetCidPassed() ? change.targetCid() : old != null ? old.targetCid() : null;
      String targetNumber =
          change.targetNumberPassed() ? change.targetNumber() : old != null ? old.targetNumber() : null;
      if (targetCid != null) {
        targetNumber = null; // the docs: a target campaign overrides the target number
      }
      MenuOption option =
          new MenuOption(
              old != null ? old.id() : ids.nextMenuOption(),
              change.option() != null ? change.option() : old.option(),
              targetCid, targetNumber, false);
      if (indexOf(result, m -> m.option().equals(option.option())) >= 0) {
        throw new RuleViolationException(
            pointer + "/" + i + "/option", "unique-option",
            "button " + option.option() + " already has a menu option on this number");
      }
      result.add(option);
    }
    result.sort((a, b) -> Long.compare(a.id(), b.id()));
    return result;
  }

  private static <T> int indexOf(List<T> items, java.util.function.Predicate<T> match) {
    for (int i = 0; i < items.size(); i++) {
      if (match.test(items.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static <T> boolean allInherited(List<T> items, Function<T, Boolean> inherited) {
    return items.stream().allMatch(inherited::apply);
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Hands out nested ids during one write; committed only if the write succeeds. */
  private static final class Ids {
    private long timer;
    private long menuOption;
    private final long number;

    Ids(Sequences start) {
      this.number = start.nextNumberId();
      this.timer = start.nextTimerId();
      this.menuOption = start.nextMenuOptionId();
    }

    long nextTimer() {
      return timer++;
    }

    long nextMenuOption() {
      return menuOption++;
    }

    Sequences sequences() {
      return new Sequences(number, timer, menuOption);
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
      affiliates.computeIfAbsent(record.companyId(), c -> new LinkedHashSet<>()).add(record.afid());
    }
    sequences = sequences.max(next);
  }

  private void install(SpaceState state) {
    sequences = state.sequences();
    state.affiliates().forEach((company, afids) -> affiliates.put(company, new LinkedHashSet<>(afids)));
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
    affiliates.computeIfAbsent(record.companyId(), c -> new LinkedHashSet<>()).add(record.afid());
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
    TreeSet<Long> matches = company.bySearchKey.get(record.searchKey());
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

  private <T> T read(java.util.function.Supplier<T> query) {
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
      throw new UncheckedIOException("the change could not be persisted", e);
    }
  }
}
