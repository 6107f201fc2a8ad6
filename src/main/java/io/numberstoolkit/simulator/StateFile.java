package io.numberstoolkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numberstoolkit.simulator.http.StateImportCheck;
import io.numberstoolkit.simulator.store.Campaign;
import io.numberstoolkit.simulator.store.Campaigns;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.wire.CampaignsJson;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state file given to {@code simulate --state FILE}: the admin export's document, checked by the
 * admin import's own check ({@link StateImportCheck}, with {@code SpaceStateRules}), so a file the
 * import would refuse stops the start with the same words. A recorded file also carries the
 * campaigns its numbers showed, in the campaigns file's shape; they join the campaigns, a
 * recorded cid taking the place of a built-in one.
 */
final class StateFile {
  private StateFile() {}

  static SpaceState state(Path file) throws Simulator.StartException {
    try {
      return StateImportCheck.stateFile(read(file));
    } catch (IllegalArgumentException e) {
      throw new Simulator.StartException("cannot load the state file " + file + ": " + e.getMessage());
    }
  }

  static Campaigns withRecorded(Campaigns campaigns, Path file) throws Simulator.StartException {
    if (file == null || read(file).path("campaigns").isEmpty()) {
      return campaigns;
    }
    Map<String, Campaign> byCid = new LinkedHashMap<>();
    campaigns.all().forEach(c -> byCid.put(c.cid(), c));
    try {
      CampaignsJson.load(file).all().forEach(c -> byCid.put(c.cid(), c));
    } catch (CampaignsJson.InvalidCampaignsException e) {
      throw new Simulator.StartException("cannot use the campaigns of the state file " + e.getMessage());
    }
    return new Campaigns(List.copyOf(byCid.values()));
  }

  private static JsonNode read(Path file) throws Simulator.StartException {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new Simulator.StartException("cannot load the state file " + file
            + ": it must be a JSON object as GET /__admin/numbers/state exports");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new Simulator.StartException("cannot load the state file " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Simulator.StartException("cannot load the state file " + file + ": permission denied");
    } catch (IOException e) {
      throw new Simulator.StartException("cannot load the state file " + file + ": not JSON ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
  }
}
