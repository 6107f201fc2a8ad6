package io.numberstoolkit.simulator.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The campaigns numbers can belong to, by cid. The built-in set holds every cid the docs mention,
 * with the settings their examples show; {@code --campaigns FILE} replaces it with one's own.
 * Reading either file is the wire format's job: see {@code wire.CampaignsJson}.
 */
public final class Campaigns {
  private final Map<String, Campaign> byCid;

  /** The campaigns, each under its own cid (a repeated cid is refused with an exception). */
  public Campaigns(List<Campaign> campaigns) {
    this.byCid = campaigns.stream().collect(Collectors.toUnmodifiableMap(Campaign::cid, c -> c));
  }

  public Optional<Campaign> find(String cid) {
    return Optional.ofNullable(byCid.get(cid));
  }

  public Collection<Campaign> all() {
    return byCid.values();
  }
}
