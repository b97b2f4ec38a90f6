package io.github.cloudtrailschema.lint;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's bytes into positioned trees, one per YAML document (a JSON file is one), refusing
 * what could hurt: more than {@link #MAX_BYTES}, bytes that are not UTF-8, and (through the YAML
 * and JSON readers' own limits) alias bombs, deep nesting and duplicate keys. Every refusal is one
 * line with a position.
 */
public final class DocumentReader {
  /** Policies, patterns and rules are small; anything past this is not one. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private DocumentReader() {}

  /**
   * The documents of a file.
   *
   * @param json read as JSON (a {@code .json} file) rather than YAML
   */
  public static List<SourceNode> read(byte[] bytes, boolean json) throws LintInputException {
    if (bytes.length > MAX_BYTES) {
      throw new LintInputException(
          "file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; not a policy, pattern or rule",
          Position.START);
    }
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return json ? JsonTrees.read(text) : YamlTrees.read(text);
  }

  /** Whether text that came without a file name (stdin) looks like JSON rather than YAML. */
  public static boolean looksLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        return false;
      }
    }
    return false;
  }

  /** Strict UTF-8: the first malformed byte is reported at its line and column. */
  static String decode(byte[] bytes) throws LintInputException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      out.flip();
      String good = out.toString();
      int line = 1 + (int) good.chars().filter(c -> c == '\n').count();
      int column = good.length() - good.lastIndexOf('\n');
      throw new LintInputException(
          String.format("not UTF-8: byte 0x%02X at offset %d", bytes[in.position()], in.position()),
          new Position(line, column));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  static List<SourceNode> single(SourceNode n) {
    List<SourceNode> out = new ArrayList<>();
    out.add(n);
    return out;
  }
}
