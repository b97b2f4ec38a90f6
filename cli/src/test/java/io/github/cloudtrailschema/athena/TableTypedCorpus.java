package io.github.cloudtrailschema.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus without the records whose values contradict the CloudTrail table's nested types, for
 * the Trino test. The table types {@code userIdentity}, {@code resources}, {@code addendum} and
 * {@code tlsDetails} as structures; a reader of that table (Trino's OpenX JSON SerDe) fails the
 * whole file on a record where, say, a {@code resources} element is a string, and a file is one
 * line of 100 records. The corpus has one such record (an sts AssumeRole whose resources element
 * is the text of a Python dict): not CloudTrail's shape, so it is left out and counted rather than
 * hidden. Everything else, including free-form request and response JSON, goes through unchanged.
 */
final class TableTypedCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STRUCTS =
      List.of(
          "/userIdentity",
          "/userIdentity/onBehalfOf",
          "/userIdentity/sessionContext",
          "/userIdentity/sessionContext/attributes",
          "/userIdentity/sessionContext/sessionIssuer",
          "/userIdentity/sessionContext/webIdFederationData",
          "/addendum",
          "/tlsDetails");

  private TableTypedCorpus() {}

  /** Copies {@code from} to {@code to} line by line, leaving such records out; how many. */
  static int write(Path from, Path to) throws IOException {
    int dropped = 0;
    try (BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(from, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        if (fitsTheTable(JSON.readTree(line))) {
          out.write(line);
          out.write('\n');
        } else {
          dropped++;
        }
      }
    }
    return dropped;
  }

  static boolean fitsTheTable(JsonNode record) {
    for (String p : STRUCTS) {
      JsonNode v = record.at(p);
      if (!v.isMissingNode() && !v.isNull() && !v.isObject()) {
        return false;
      }
    }
    JsonNode resources = record.path("resources");
    if (resources.isMissingNode() || resources.isNull()) {
      return true;
    }
    if (!resources.isArray()) {
      return false;
    }
    for (JsonNode r : resources) {
      if (!r.isObject() && !r.isNull()) {
        return false;
      }
    }
    return true;
  }
}
