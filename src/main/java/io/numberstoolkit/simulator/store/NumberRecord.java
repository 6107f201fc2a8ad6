package io.numberstoolkit.simulator.store;

import java.time.Instant;
import java.util.List;

/** One provisioned phone number as the store keeps it; immutable, replaced on every change. */
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

  public NumberRecord {
    timers = List.copyOf(timers);
    menuOptions = List.copyOf(menuOptions);
  }

  String searchKey() {
    return SearchKey.of(cid, afid, sid);
  }
}
