package io.github.cloudtrailschema.overlay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.loading.ModelCache;
import io.github.cloudtrailschema.loading.ModelLoadException;
import io.github.cloudtrailschema.model.LearnedEvent;
import io.github.cloudtrailschema.model.LearnedField;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The overlay on disk: JSON, versioned, validated before anything of it is used.
 *
 * <pre>{@code
 * {"format": "cloudtrail-schema overlay", "version": 1, "events": [
 *   {"eventSource": "ec2.amazonaws.com", "eventName": "RunInstances", "records": 14,
 *    "firstSeen": "2026-11-02T10:00:00Z", "lastSeen": "2026-12-01T08:00:00Z",
 *    "fields": [{"path": "responseElements.instancesSet[].newField", "types": ["string"],
 *                "records": 14, "firstSeen": "...", "lastSeen": "..."}]}]}
 * }</pre>
 *
 * A file that is not that (another program's JSON, a newer version, a damaged or hand-edited one:
 * an unknown key, a path outside the record's parts, a type that is no JSON type, a negative count)
 * is refused whole, with the reason in one line: an overlay is never half trusted.
 */
public final class OverlayFile {
  public static final String FORMAT = "cloudtrail-schema overlay";
  public static final int VERSION = 1;

  /** Where {@code learn} keeps the overlay unless {@code --overlay} says otherwise. */
  public static final String DEFAULT_NAME = "overlay.json";

  private static final long MAX_BYTES = 64L << 20;
  private static final int MAX_PATH = 4096;
  private static final Set<String> TYPES =
      Set.of("string", "integer", "number", "boolean", "null", "object", "array");
  private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,255}");
  private static final Pattern TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z?");
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final JsonFactory FACTORY = new JsonFactory();

  private OverlayFile() {}

  /** The default overlay of this environment: {@code overlay.json} in the cache folder. */
  public static Optional<Path> defaultFile(Map<String, String> env) {
    return ModelCache.root(env).map(r -> r.resolve(DEFAULT_NAME));
  }

  /** The overlay in {@code file}, or empty when there is no such file. */
  public static Optional<Overlay> readIfPresent(Path file) {
    try {
      return Optional.of(read(file));
    } catch (Absent e) {
      return Optional.empty();
    }
  }

  /**
   * Reads and validates.
   *
   * @throws ModelLoadException when the file cannot be read, or is not a valid overlay
   */
  public static Overlay read(Path file) {
    byte[] bytes;
    try {
      // Only a regular file is opened (a FIFO would block for ever, a link to /dev/zero read for
      // ever), and the read stops past the limit whatever the size said (a file that grew).
      var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw refused(file, "not a regular file (a device, a FIFO?)");
      }
      if (attributes.size() > MAX_BYTES) {
        throw refused(file, "larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      try (var in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw refused(file, "larger than " + (MAX_BYTES >> 20) + " MiB");
      }
    } catch (NoSuchFileException e) {
      throw new Absent(file);
    } catch (IOException e) {
      throw new ModelLoadException("overlay " + file + ": cannot read: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = STRICT.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw refused(file, "not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw refused(file, "not valid JSON");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
      throw refused(file, "not a cloudtrail-schema overlay (no \"format\": \"" + FORMAT + "\")");
    }
    keys(file, "the overlay", root, Set.of("format", "version", "events"));
    if (!root.path("version").isInt() || root.get("version").asInt() != VERSION) {
      throw refused(
          file,
          "version "
              + root.path("version")
              + ": this cloudtrail-schema reads version "
              + VERSION
              + " (written by another release)");
    }
    JsonNode events = root.path("events");
    if (!events.isArray()) {
      throw refused(file, "\"events\" is not a list");
    }
    List<LearnedEvent> out = new ArrayList<>();
    int i = 0;
    for (JsonNode e : events) {
      out.add(event(file, "event " + ++i, e));
    }
    return new Overlay(file, digest(bytes), Overlay.merge(out, List.of()));
  }

  private static LearnedEvent event(Path file, String where, JsonNode e) {
    if (!e.isObject()) {
      throw refused(file, where + " is not an object");
    }
    keys(
        file,
        where,
        e,
        Set.of("eventSource", "eventName", "records", "firstSeen", "lastSeen", "fields"));
    String source = text(file, where, e, "eventSource", SOURCE);
    String name = text(file, where, e, "eventName", NAME);
    JsonNode fields = e.path("fields");
    if (!fields.isArray()) {
      throw refused(file, where + ": \"fields\" is not a list");
    }
    List<LearnedField> out = new ArrayList<>();
    int i = 0;
    for (JsonNode f : fields) {
      out.add(field(file, where + ", field " + ++i, f));
    }
    return new LearnedEvent(
        source,
        name,
        count(file, where, e),
        time(file, where, e, "firstSeen"),
        time(file, where, e, "lastSeen"),
        true,
        out);
  }

  private static LearnedField field(Path file, String where, JsonNode f) {
    if (!f.isObject()) {
      throw refused(file, where + " is not an object");
    }
    keys(file, where, f, Set.of("path", "types", "records", "firstSeen", "lastSeen"));
    String path = f.path("path").asText("");
    if (!f.path("path").isTextual()
        || path.length() > MAX_PATH
        || !OverlayPaths.PARTS.contains(OverlayPaths.root(path))
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw refused(file, where + ": \"path\" is not a path of a record's parts");
    }
    try {
      if (!OverlayPaths.sanitise(path).equals(path)) {
        throw refused(file, where + ": \"path\" has a key that is data, not a name");
      }
    } catch (IllegalArgumentException e) {
      throw refused(file, where + ": \"path\" is not a path of a record's parts");
    }
    JsonNode types = f.path("types");
    List<String> names = new ArrayList<>();
    if (!types.isArray() || types.isEmpty()) {
      throw refused(file, where + ": \"types\" is not a list of JSON types");
    }
    for (JsonNode t : types) {
      if (!t.isTextual() || !TYPES.contains(t.asText()) || names.contains(t.asText())) {
        throw refused(file, where + ": \"types\" is not a list of JSON types");
      }
      names.add(t.asText());
    }
    return new LearnedField(
        path,
        names.stream().sorted().toList(),
        count(file, where, f),
        time(file, where, f, "firstSeen"),
        time(file, where, f, "lastSeen"));
  }

  private static void keys(Path file, String where, JsonNode node, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw refused(file, where + ": unknown key \"" + k + "\"");
      }
    }
  }

  private static String text(Path file, String where, JsonNode n, String key, Pattern shape) {
    JsonNode v = n.path(key);
    if (!v.isTextual() || !shape.matcher(v.asText()).matches()) {
      throw refused(file, where + ": \"" + key + "\" is missing or malformed");
    }
    return v.asText();
  }

  private static long count(Path file, String where, JsonNode n) {
    JsonNode v = n.path("records");
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 1) {
      throw refused(file, where + ": \"records\" is not a positive count");
    }
    return v.asLong();
  }

  private static String time(Path file, String where, JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null) {
      return "";
    }
    if (!v.isTextual() || !TIME.matcher(v.asText()).matches()) {
      throw refused(file, where + ": \"" + key + "\" is not a time");
    }
    return v.asText();
  }

  private static ModelLoadException refused(Path file, String why) {
    return new ModelLoadException(
        "overlay "
            + file
            + " refused: "
            + why
            + "; nothing of it is used ('cloudtrail-schema learn --forget' removes it)");
  }

  /** No overlay file: not an error, there is simply nothing learned. */
  private static final class Absent extends RuntimeException {
    Absent(Path file) {
      super(file.toString(), null, false, false);
    }
  }

  /**
   * Writes the overlay whole (a temporary file moved into place: a reader never sees half of it),
   * sorted, so the same learning gives the same bytes.
   */
  public static Overlay write(Path file, List<LearnedEvent> events) {
    List<LearnedEvent> sorted = Overlay.merge(events, List.of());
    String json = json(sorted);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Overlay(file, digest(bytes), sorted);
  }

  /** Removes the overlay; false when there was none. */
  public static boolean forget(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(List<LearnedEvent> events) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("events");
      for (LearnedEvent e : events) {
        g.writeStartObject();
        g.writeStringField("eventSource", e.eventSource());
        g.writeStringField("eventName", e.eventName());
        g.writeNumberField("records", e.records());
        times(g, e.firstSeen(), e.lastSeen());
        g.writeArrayFieldStart("fields");
        for (LearnedField f : e.fields()) {
          g.writeStartObject();
          g.writeStringField("path", f.path());
          g.writeArrayFieldStart("types");
          for (String t : f.types()) {
            g.writeString(t);
          }
          g.writeEndArray();
          g.writeNumberField("records", f.records());
          times(g, f.firstSeen(), f.lastSeen());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void times(JsonGenerator g, String first, String last) throws IOException {
    if (!first.isEmpty()) {
      g.writeStringField("firstSeen", first);
    }
    if (!last.isEmpty()) {
      g.writeStringField("lastSeen", last);
    }
  }

  private static String digest(byte[] bytes) {
    CRC32 c = new CRC32();
    c.update(bytes);
    return Long.toHexString(c.getValue()) + "-" + bytes.length;
  }
}
