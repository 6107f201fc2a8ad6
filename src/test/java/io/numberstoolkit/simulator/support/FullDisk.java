package io.numberstoolkit.simulator.support;

import io.numberstoolkit.simulator.persistence.DataFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * A disk that can fill up, for the data file: while {@link #fill()}ed, a write puts half its
 * bytes on the real file and then fails as Linux does ({@code No space left on device}), which is
 * what leaves a torn line behind; {@link #free()} gives the room back. Truncating always works,
 * as it does on a full disk. No root or tmpfs needed.
 */
public final class FullDisk implements DataFile.Channels {
  private volatile boolean full;

  public void fill() {
    full = true;
  }

  public void free() {
    full = false;
  }

  @Override
  public FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException {
    return new Filling(FileChannel.open(path, options));
  }

  private final class Filling extends FileChannel {
    private final FileChannel file;

    Filling(FileChannel file) {
      this.file = file;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (full) {
        ByteBuffer half = src.slice().limit(Math.max(1, src.remaining() / 2));
        file.write(half);
        throw new IOException("No space left on device");
      }
      return file.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      long written = 0;
      for (int i = offset; i < offset + length; i++) {
        written += write(srcs[i]);
      }
      return written;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      if (full) {
        throw new IOException("No space left on device");
      }
      return file.write(src, position);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return file.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return file.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return file.read(dst, position);
    }

    @Override
    public long position() throws IOException {
      return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      file.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return file.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      file.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      file.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
      return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
      throw new IOException("not used by the data file");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      throw new IOException("not used by the data file");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      file.close();
    }
  }
}
