package io.numberstoolkit.simulator.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.numberstoolkit.simulator.store.Greeting;
import io.numberstoolkit.simulator.store.MenuOption;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.Timer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {
  private static final Instant AT = Instant.parse("2012-05-03T13:53:23Z");

  @TempDir Path folder;

  private static NumberRecord number(long id, long company, String afid) {
    return new NumberRecord(
        id, company, "+1800555" + (1000 + id), true, AT, AT.plusSeconds(id), "sub", afid, "111", false,
        new Greeting.Spoken("Hello", "Female", false),
        List.of(new Timer(id * 10, 5, "http://pixels.example/" + id, false)),
        List.of(new MenuOption(id * 10, "1", null, "+18005550100", true)));
  }

  private Path file() {
    return folder.resolve("numbers.jsonl");
  }

  private void appendRaw(String text) throws IOException {
    Files.writeString(file(), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  @Test
  void savesDeletesAndReplacementsReadBackAsTheyWereMade() throws IOException {
    SpaceState start = new SpaceState(List.of(number(1, 1, "a"), number(2, 5, "b")), new Sequences(3, 21, 21));
    try (DataFile data = DataFile.open(file(), start)) {
      assertEquals(start, DataFile.read(file()));
      data.saved(number(3, 1, "c"), new Sequences(4, 31, 31));
      data.saved(number(1, 1, "changed"), new Sequences(4, 31, 31));
      data.deleted(5, 2, new Sequences(4, 31, 31));
      assertEquals(
          new SpaceState(List.of(number(1, 1, "changed"), number(3, 1, "c")), new Sequences(4, 31, 31)),
          DataFile.read(file()));
      SpaceState replacement = new SpaceState(List.of(number(9, 2, "z")), new Sequences(10, 91, 91));
      data.replaced(replacement);
      assertEquals(replacement, DataFile.read(file()));
      data.saved(number(10, 2, "y"), new Sequences(11, 101, 101));
      assertEquals(
          new SpaceState(List.of(number(9, 2, "z"), number(10, 2, "y")), new Sequences(11, 101, 101)),
          DataFile.read(file()));
    }
  }

  @Test
  void openingCompactsTheFileToTheStateGiven() throws IOException {
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    try (DataFile data = DataFile.open(file(), start)) {
      data.saved(number(2, 1, "b"), new Sequences(3, 21, 21));
      data.deleted(1, 2, new Sequences(3, 21, 21));
    }
    SpaceState read = DataFile.read(file());
    DataFile.open(file(), read).close();
    assertEquals(2, Files.readAllLines(file()).size(), "a state line and one save");
    assertEquals(read, DataFile.read(file()));
  }

  @Test
  void aTornLastLineIsDropped() throws IOException {
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    DataFile.open(file(), start).close();
    appendRaw("{\"op\":\"save\",\"sequences\":{\"number\":3,\"tim");
    assertEquals(start, DataFile.read(file()));
  }

  @Test
  void aDamagedLineInTheMiddleIsRefusedSayingWhere() throws IOException {
    DataFile.open(file(), new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11))).close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.add(1, "{not json");
    Files.write(file(), lines);
    IOException e = assertThrows(IOException.class, () -> DataFile.read(file()));
    assertTrue(e.getMessage().startsWith(file() + ":2: damaged line: "), e.getMessage());
  }

  @Test
  void anUnknownEntryIsRefusedSayingWhere() throws IOException {
    DataFile.open(file(), SpaceState.empty()).close();
    appendRaw("{\"op\":\"rename\"}\n{\"op\":\"state\"}\n");
    IOException e = assertThrows(IOException.class, () -> DataFile.read(file()));
    assertEquals(file() + ":2: unknown entry \"rename\"", e.getMessage());
  }

  @Test
  void anOlderFileWithAnAffiliatesHeaderStillLoads() throws IOException {
    SpaceState state = new SpaceState(List.of(number(4, 1, "0001")), new Sequences(5, 41, 41));
    DataFile.open(file(), state).close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(0, "{\"op\":\"state\",\"sequences\":{\"number\":5,\"timer\":41,\"menu_option\":41},"
        + "\"affiliates\":{\"1\":[\"0001\",\"0002\"]}}");
    Files.write(file(), lines);
    assertEquals(state, DataFile.read(file()));
  }

  @Test
  void theFileNoLongerCarriesAffiliates() throws IOException {
    DataFile.open(file(), new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11))).close();
    assertFalse(Files.readString(file()).contains("affiliates"));
  }
}
