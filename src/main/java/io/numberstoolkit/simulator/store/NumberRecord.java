package io.numberstoolkit.simulator.store;

import java.time.Instant;
import java.util.List;

/**
 * One provisioned phone number as the store keeps it; immutable, replaced on every change. Every
 * number belongs to a company: with authentication on, the one its API key acts on.
 */
public record NumberRecord(
    long id,
    long companyId,
    String number,
    boolean tollFree,
    Instant createdAt,
    Instant updatedAt,
    String sid,
    String afid,
    String cid,
    boolean usesCampaignSettings,
    Greeting greeting,
    List<Timer> timers,
    List<MenuOption> menuOptions) {

  /** The company numbers belong to while authentication is off (a convention: the docs name none). */
  public static final long DEFAULT_COMPANY = 1;

  public NumberRecord {
    timers = List.copyOf(timers);
    menuOptions = List.copyOf(menuOptions);
  }

  String searchKey() {
    return SearchKey.of(cid, afid, sid);
  }
}
