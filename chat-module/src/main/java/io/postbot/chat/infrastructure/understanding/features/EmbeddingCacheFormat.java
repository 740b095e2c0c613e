package io.postbot.chat.infrastructure.understanding.features;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The bytes of an embedding cache file: a magic number and version, the entries (model id, text,
 * vector), then a CRC-32 of all that, so that a file cut short or damaged is told from a good one.
 */
final class EmbeddingCacheFormat {

  private static final int MAGIC = 0x50424543; // "PBEC"
  private static final int VERSION = 1;

  private EmbeddingCacheFormat() {}

  /** Writes the entries and their checksum; the caller closes the stream. */
  static void write(OutputStream raw, Map<EmbeddingCache.Key, float[]> entries) throws IOException {
    CRC32 crc = new CRC32();
    DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(entries.size());
    for (var entry : entries.entrySet()) {
      writeString(out, entry.getKey().model());
      writeString(out, entry.getKey().text());
      float[] v = entry.getValue();
      out.writeInt(v.length);
      for (float x : v) {
        out.writeFloat(x);
      }
    }
    out.flush();
    new DataOutputStream(raw).writeLong(crc.getValue());
  }

  /** The entries of a cache file's bytes, after checking its version and checksum. */
  static Map<EmbeddingCache.Key, float[]> read(InputStream raw) throws IOException {
    CRC32 crc = new CRC32();
    DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not an embedding cache of version " + VERSION);
    }
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("negative entry count");
    }
    Map<EmbeddingCache.Key, float[]> read = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String model = readString(in);
      String text = readString(in);
      int length = in.readInt();
      if (length < 0 || length > 1 << 16) {
        throw new IOException("implausible vector length " + length);
      }
      float[] vector = new float[length];
      for (int j = 0; j < length; j++) {
        vector[j] = in.readFloat();
      }
      read.put(new EmbeddingCache.Key(model, text), vector);
    }
    long expected = crc.getValue();
    if (new DataInputStream(raw).readLong() != expected || raw.read() != -1) {
      throw new IOException("checksum mismatch");
    }
    return read;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 20) {
      throw new IOException("implausible text length " + length);
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
