package io.numberstoolkit.simulator.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One simulator per data file, as databases keep one writer per data directory: an exclusive
 * lock on {@code FILE.lock} beside the file's target, held while the simulator runs. The lock is
 * on a file of its own because the data file itself is replaced by a rename on every compaction,
 * which a lock on it would not survive. The lock file holds the owner's pid, to name it when a
 * second simulator is refused; it is never deleted (deleting lock files races with taking them).
 */
final class DataFileLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataFileLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataFileLock take(Path path, Path target) throws IOException {
    Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
    FileChannel channel = FileChannel.open(lockFile,
        StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("the data file " + path + " is in use by another simulator" + owner(lockFile)
          + " (it holds " + lockFile + "); stop that one first, or choose another --data file");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
    return new DataFileLock(channel, lock);
  }

  private static String owner(Path lockFile) {
    try {
      String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
      return pid.matches("[0-9]{1,10}") ? " (pid " + pid + ")" : "";
    } catch (IOException unreadable) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
