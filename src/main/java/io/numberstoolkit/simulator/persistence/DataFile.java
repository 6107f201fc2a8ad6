package io.numberstoolkit.simulator.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numberstoolkit.simulator.store.NumberRecord;
import io.numberstoolkit.simulator.store.Sequences;
import io.numberstoolkit.simulator.store.SpaceState;
import io.numberstoolkit.simulator.store.StateJournal;
import io.numberstoolkit.simulator.wire.StateJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --data FILE}: the default state space kept on disk as an append-only log of JSON lines,
 * each forced to disk before the client hears of the change. One simulator at a time owns the
 * file ({@link DataFileLock}). A write that fails (a full disk, an I/O error) is cut back off the
 * file before the failure is reported, so the file only ever holds whole lines and the next write
 * starts clean. A reset or load rewrites the file compactly beside it and moves it into place;
 * until the move succeeds the old file stays in use. A symlinked file keeps its link (its target
 * is written) and its permissions.
 */
public final class DataFile implements StateJournal, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How the file is opened; tests hand in channels that fail like a full disk. */
  public interface Channels {
    Channels DISK = FileChannel::open;

    FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException;
  }

  private final Path path;
  private final Path target;
  private final Channels channels;
  private final DataFileLock lock;
  private FileChannel channel;
  /** Bytes of whole lines; anything past them is what a failed write left. */
  private long wholeLength;

  private DataFile(Path path, Path target, Channels channels, DataFileLock lock) {
    this.path = path;
    this.target = target;
    this.channels = channels;
    this.lock = lock;
  }

  /**
   * Takes the file for this simulator: refused when another simulator has it or when it may not
   * be written. Nothing is read or written yet: {@link #recover()}, then {@link #replaced}.
   */
  public static DataFile open(Path path, Channels channels) throws IOException {
    Path target = linkTarget(path);
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      throw new IOException("cannot use the data file " + path + ": folder " + folder + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new IOException("cannot use the data file " + path + ": it is a folder; name a file in it, such as "
          + path.resolve("numbers.jsonl"));
    }
    if (Files.exists(target) && !writable(target)) {
      throw new IOException("the data file " + path + " is read-only; make it writable (chmod u+w "
          + target + ") or choose another --data file");
    }
    return new DataFile(path, target, channels, DataFileLock.take(path, target));
  }

  public static DataFile open(Path path) throws IOException {
    return open(path, Channels.DISK);
  }

  /** What the file holds, when there is one; damage other than a torn last line is refused. */
  public Optional<DataFileRecovery.Recovered> recover() throws IOException {
    return Files.exists(target) ? Optional.of(DataFileRecovery.read(path, target)) : Optional.empty();
  }

  @Override
  public synchronized void saved(NumberRecord record, Sequences sequences) throws IOException {
    ObjectNode line = entry("save", sequences);
    StateJson.putNumber(line, record);
    append(line);
  }

  @Override
  public synchronized void deleted(long companyId, long id, Sequences sequences) throws IOException {
    ObjectNode line = entry("delete", sequences);
    line.put("company_id", companyId);
    line.put("id", id);
    append(line);
  }

  /** Rewrites the file to {@code state}; on failure the file in use is left as it was. */
  @Override
  public synchronized void replaced(SpaceState state) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    FileChannel fresh = channels.open(temporary,
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    try {
      write(fresh, bytes(entry("state", state.sequences())));
      for (NumberRecord record : state.numbers()) {
        ObjectNode line = entry("save", state.sequences());
        StateJson.putNumber(line, record);
        write(fresh, bytes(line));
      }
      fresh.force(true);
      keepPermissions(temporary);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      fresh.close();
      Files.deleteIfExists(temporary);
      throw e;
    }
    forceFolder();
    FileChannel old = channel;
    channel = fresh; // still the same file, now under its final name
    wholeLength = fresh.size();
    if (old != null) {
      old.close();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (channel != null) {
        channel.close();
        channel = null;
      }
    } finally {
      lock.close();
    }
  }

  /** One whole line, forced to disk; a failed write is cut back off before the failure is thrown. */
  private void append(ObjectNode line) throws IOException {
    if (channel == null) {
      throw new IOException("the data file " + path + " is not open");
    }
    byte[] bytes = bytes(line);
    try {
      cutBackToWholeLines();
      write(channel, bytes);
      channel.force(false);
      wholeLength += bytes.length;
    } catch (IOException e) {
      try {
        cutBackToWholeLines();
      } catch (IOException stillFailing) {
        e.addSuppressed(stillFailing); // the next write tries again before it appends
      }
      throw e;
    }
  }

  private void cutBackToWholeLines() throws IOException {
    if (channel.size() != wholeLength) {
      channel.truncate(wholeLength);
      channel.force(false);
    }
  }

  /** The file a symlinked {@code --data} points to, so it is written there and the link kept. */
  private static Path linkTarget(Path path) throws IOException {
    Path target = path;
    for (int links = 0; Files.isSymbolicLink(target); links++) {
      if (links == 40) {
        throw new IOException("cannot use the data file " + path + ": too many levels of symbolic links");
      }
      target = target.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(target));
    }
    return target;
  }

  /** Writable by its mode too: root may write anything, yet a file made read-only is meant so. */
  private static boolean writable(Path file) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    return Files.isWritable(file)
        && (posix == null || posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE));
  }

  private void keepPermissions(Path rewritten) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (posix != null && Files.exists(target)) {
      Files.setPosixFilePermissions(rewritten, posix.readAttributes().permissions());
    }
  }

  /** Makes the move itself durable; a file system that cannot force a folder loses nothing more. */
  private void forceFolder() {
    try (FileChannel folder = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException ignored) {
      // not every platform opens folders as channels
    }
  }

  private static void write(FileChannel out, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  private static byte[] bytes(ObjectNode line) throws IOException {
    return (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode entry(String op, Sequences sequences) {
    ObjectNode line = JSON.createObjectNode();
    line.put("op", op);
    StateJson.putSequences(line, sequences);
    return line;
  }
}
