package io.numberstoolkit.conformance.steps;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Audio the suite uploads as a greeting: a real, tiny file, so a target that checks it accepts it. */
final class AudioSamples {
  private AudioSamples() {}

  /** A quarter second of silence as 8 kHz, 8-bit mono PCM WAV. */
  static byte[] silenceWav() {
    int samples = 2000;
    ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes()).putInt(36 + samples).put("WAVE".getBytes());
    wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8);
    wav.put("data".getBytes()).putInt(samples);
    for (int i = 0; i < samples; i++) {
      wav.put((byte) 0x80); // silence in unsigned 8-bit PCM
    }
    return wav.array();
  }
}
