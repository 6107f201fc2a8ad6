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
import io.numberstoolkit.simulator.support.FullDisk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
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

  /** Opens {@code file} and writes {@code state} into it, as a simulator's start does. */
  private static DataFile started(Path file, SpaceState state, DataFile.Channels channels) throws IOException {
    DataFile data = DataFile.open(file, channels);
    data.replaced(state);
    return data;
  }

  private DataFile started(SpaceState state) throws IOException {
    return started(file(), state, DataFile.Channels.DISK);
  }

  private SpaceState read() throws IOException {
    return DataFileRecovery.read(file()).state();
  }

  private IOException refusedRead() {
    return assertThrows(IOException.class, () -> DataFileRecovery.read(file()));
  }

  @Test
  void savesDeletesAndReplacementsReadBackAsTheyWereMade() throws IOException {
    SpaceState start = new SpaceState(List.of(number(1, 1, "a"), number(2, 5, "b")), new Sequences(3, 21, 21));
    try (DataFile data = started(start)) {
      assertEquals(start, read());
      data.saved(number(3, 1, "c"), new Sequences(4, 31, 31));
      data.saved(number(1, 1, "changed"), new Sequences(4, 31, 31));
      data.deleted(5, 2, new Sequences(4, 31, 31));
      assertEquals(
          new SpaceState(List.of(number(1, 1, "changed"), number(3, 1, "c")), new Sequences(4, 31, 31)), read());
      SpaceState replacement = new SpaceState(List.of(number(9, 2, "z")), new Sequences(10, 91, 91));
      data.replaced(replacement);
      assertEquals(replacement, read());
      data.saved(number(10, 2, "y"), new Sequences(11, 101, 101));
      assertEquals(
          new SpaceState(List.of(number(9, 2, "z"), number(10, 2, "y")), new Sequences(11, 101, 101)), read());
    }
  }

  @Test
  void openingCompactsTheFileToTheStateGiven() throws IOException {
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    try (DataFile data = started(start)) {
      data.saved(number(2, 1, "b"), new Sequences(3, 21, 21));
      data.deleted(1, 2, new Sequences(3, 21, 21));
    }
    SpaceState read = read();
    started(read).close();
    assertEquals(2, Files.readAllLines(file()).size(), "a state line and one save");
    assertEquals(read, read());
  }

  // ---- one simulator per file

  @Test
  void aSecondOwnerIsRefusedNamingTheFileUntilTheFirstCloses() throws IOException {
    try (DataFile first = started(SpaceState.empty())) {
      IOException e = assertThrows(IOException.class, () -> DataFile.open(file()));
      assertTrue(e.getMessage().startsWith("the data file " + file() + " is in use by another simulator (pid "
          + ProcessHandle.current().pid() + ")"), e.getMessage());
    }
    DataFile.open(file()).close();
  }

  // ---- a full disk

  @Test
  void aFailedAppendIsCutBackSoTheFileHoldsOnlyWholeLinesAndLaterWritesWork() throws IOException {
    FullDisk disk = new FullDisk();
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    try (DataFile data = started(file(), start, disk)) {
      String before = Files.readString(file());
      disk.fill();
      IOException full = assertThrows(IOException.class, () -> data.saved(number(2, 1, "b"), new Sequences(3, 21, 21)));
      assertEquals("No space left on device", full.getMessage());
      assertEquals(before, Files.readString(file()), "the half-written line is gone");
      assertThrows(IOException.class, () -> data.deleted(1, 1, new Sequences(3, 21, 21)));
      assertEquals(before, Files.readString(file()));
      disk.free();
      data.saved(number(3, 1, "c"), new Sequences(4, 31, 31));
    }
    assertEquals(new SpaceState(List.of(number(1, 1, "a"), number(3, 1, "c")), new Sequences(4, 31, 31)), read());
  }

  @Test
  void aFailedRewriteLeavesTheFileInUseAsItWasAndWritingGoesOn() throws IOException {
    FullDisk disk = new FullDisk();
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    try (DataFile data = started(file(), start, disk)) {
      disk.fill();
      assertThrows(IOException.class,
          () -> data.replaced(new SpaceState(List.of(number(9, 1, "z")), new Sequences(10, 91, 91))));
      assertFalse(Files.exists(file().resolveSibling("numbers.jsonl.tmp")), "no half-written rewrite is left");
      disk.free();
      data.saved(number(2, 1, "b"), new Sequences(3, 21, 21));
    }
    assertEquals(new SpaceState(List.of(number(1, 1, "a"), number(2, 1, "b")), new Sequences(3, 21, 21)), read());
  }

  // ---- recovery drops nothing silently

  @Test
  void aTornLastLineIsDroppedAndSaidSo() throws IOException {
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    started(start).close();
    appendRaw("{\"op\":\"save\",\"sequences\":{\"number\":3,\"tim");
    DataFileRecovery.Recovered recovered = DataFileRecovery.read(file());
    assertEquals(start, recovered.state());
    assertEquals("the data file " + file() + " ended in a torn line 3 (41 bytes, the remains of a write that"
        + " was never acknowledged); it was dropped", recovered.notice().orElseThrow());
  }

  @Test
  void aWholeLastLineWithoutItsNewlineIsKept() throws IOException {
    started(SpaceState.empty()).close();
    appendRaw("{\"op\":\"delete\",\"company_id\":1,\"id\":4,\"sequences\":{\"number\":9}}");
    DataFileRecovery.Recovered recovered = DataFileRecovery.read(file());
    assertEquals(9, recovered.state().sequences().nextNumberId());
    assertTrue(recovered.notice().isEmpty());
  }

  @Test
  void aDamagedLineInTheMiddleStopsTheStartNamingFileLineAndAWayOut() throws IOException {
    started(new SpaceState(List.of(number(1, 1, "a"), number(2, 1, "b")), new Sequences(3, 21, 21))).close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(1, " " + lines.get(1).substring(1)); // its opening brace turned into a space
    Files.write(file(), lines);
    String message = refusedRead().getMessage();
    assertTrue(message.startsWith("cannot read the data file " + file() + ":2: damaged line (not one JSON object"),
        message);
    assertTrue(message.endsWith("Repair or remove line 2 (each line is one JSON change; sed -n '2p' " + file()
        + " shows it), or start with another --data file."), message);
  }

  @Test
  void twoLinesRunTogetherStopTheStart() throws IOException {
    started(new SpaceState(List.of(number(1, 1, "a"), number(2, 1, "b")), new Sequences(3, 21, 21))).close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(1, lines.get(1).substring(0, 40) + lines.remove(2));
    Files.write(file(), lines);
    assertTrue(refusedRead().getMessage().contains(":2: damaged line (not one JSON object"));
  }

  @Test
  void entriesMissingWhatTheyNeedAreNamedNotThrownAsNullPointers() throws IOException {
    for (String entry : List.of(
        "{\"op\":\"save\",\"company_id\":1}",
        "{\"op\":\"save\",\"company_id\":1,\"number\":{\"id\":3}}",
        "{\"op\":\"delete\",\"company_id\":1}",
        "[1, 2]",
        "\"state\"")) {
      started(SpaceState.empty()).close();
      appendRaw(entry + "\n{\"op\":\"state\"}\n");
      String message = refusedRead().getMessage();
      assertTrue(message.startsWith("cannot read the data file " + file() + ":2: damaged line ("), entry + ": " + message);
    }
  }

  /** Every version wrote company_id; guessing the default company would hand a number to another. */
  @Test
  void aSaveWithoutItsCompanyIsDamageNotANumberOfCompanyOne() throws IOException {
    started(new SpaceState(List.of(number(1, 7, "a")), new Sequences(2, 11, 11))).close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(1, lines.get(1).replace("\"company_id\":7,", ""));
    Files.write(file(), lines);
    assertTrue(refusedRead().getMessage().contains(":2: damaged line (an entry without a whole-number \"company_id\")"));
  }

  @Test
  void anUnknownEntryIsRefusedSayingWhere() throws IOException {
    started(SpaceState.empty()).close();
    appendRaw("{\"op\":\"rename\"}\n{\"op\":\"state\"}\n");
    assertTrue(refusedRead().getMessage().contains(":2: damaged line (unknown entry \"rename\")"));
  }

  @Test
  void anOlderFileWithAnAffiliatesHeaderStillLoads() throws IOException {
    SpaceState state = new SpaceState(List.of(number(4, 1, "0001")), new Sequences(5, 41, 41));
    started(state).close();
    List<String> lines = new ArrayList<>(Files.readAllLines(file()));
    lines.set(0, "{\"op\":\"state\",\"sequences\":{\"number\":5,\"timer\":41,\"menu_option\":41},"
        + "\"affiliates\":{\"1\":[\"0001\",\"0002\"]}}");
    Files.write(file(), lines);
    assertEquals(state, read());
  }

  @Test
  void theFileNoLongerCarriesAffiliates() throws IOException {
    started(new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11))).close();
    assertFalse(Files.readString(file()).contains("affiliates"));
  }

  // ---- links and permissions

  @Test
  void aSymlinkedFileKeepsItsLinkAndItsTargetIsWritten() throws IOException {
    Path real = Files.createDirectory(folder.resolve("real")).resolve("numbers.jsonl");
    Files.createSymbolicLink(file(), real);
    SpaceState start = new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11));
    try (DataFile data = started(start)) {
      data.saved(number(2, 1, "b"), new Sequences(3, 21, 21));
      data.replaced(start);
    }
    assertTrue(Files.isSymbolicLink(file()), "the link is still a link");
    assertEquals(real, Files.readSymbolicLink(file()));
    assertEquals(start, DataFileRecovery.read(real).state());
  }

  @Test
  void aReadOnlyFileIsRefusedNotReplaced() throws IOException {
    started(new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11))).close();
    String before = Files.readString(file());
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
    IOException e = assertThrows(IOException.class, () -> DataFile.open(file()));
    assertEquals("the data file " + file() + " is read-only; make it writable (chmod u+w " + file()
        + ") or choose another --data file", e.getMessage());
    assertEquals(before, Files.readString(file()));
  }

  @Test
  void aFolderIsRefusedSayingWhatToNameInstead() throws IOException {
    IOException e = assertThrows(IOException.class, () -> DataFile.open(folder));
    assertEquals("cannot use the data file " + folder + ": it is a folder; name a file in it, such as "
        + folder.resolve("numbers.jsonl"), e.getMessage());
  }

  @Test
  void aRewriteKeepsTheFilesPermissions() throws IOException {
    started(SpaceState.empty()).close();
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r-----"));
    started(new SpaceState(List.of(number(1, 1, "a")), new Sequences(2, 11, 11))).close();
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
  }
}
