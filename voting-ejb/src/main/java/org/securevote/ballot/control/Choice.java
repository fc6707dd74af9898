package org.securevote.ballot.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A ballot's content before sealing: the chosen candidate ids in order. Padded to a fixed block so
 * the sealed length does not reveal how many candidates a ballot names.
 */
public record Choice(List<String> candidateIds) {
  private static final int BLOCK = 512;
  private static final String VERSION = "v1";

  public Choice {
    candidateIds = List.copyOf(candidateIds);
  }

  public byte[] encode() {
    byte[] text = (VERSION + "|" + String.join(",", candidateIds)).getBytes(StandardCharsets.UTF_8);
    int size = ((text.length + 2) / BLOCK + 1) * BLOCK;
    return ByteBuffer.allocate(size).putShort((short) text.length).put(text).array();
  }

  /**
   * @throws IllegalArgumentException when the bytes are not an encoded choice
   */
  public static Choice decode(byte[] encoded) {
    ByteBuffer buffer = ByteBuffer.wrap(encoded);
    int length = buffer.getShort();
    if (length < 0 || length > encoded.length - 2) {
      throw new IllegalArgumentException("Not an encoded choice");
    }
    String text = new String(encoded, 2, length, StandardCharsets.UTF_8);
    if (!text.startsWith(VERSION + "|")) {
      throw new IllegalArgumentException("Unknown choice version");
    }
    String ids = text.substring(VERSION.length() + 1);
    return new Choice(ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")));
  }
}
