package io.github.cloudtrailschema.loading;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The JSON of a model file (C2J or Smithy AST) as a tree, one way for every format. Jackson's own
 * limits bound it (nesting 1,000 levels, numbers of 1,000 digits, names of 50,000 characters), and
 * a file that breaks one says which in a line, not with a parser exception's internals (a limit's
 * error has no location: it made "unusable model: java.lang.NullPointerException").
 */
final class ModelJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelJson() {}

  /**
   * @param source the file, for messages
   * @throws ModelLoadException when the bytes are not JSON or break a limit
   */
  static JsonNode read(String source, byte[] bytes) {
    try {
      return MAPPER.readTree(bytes);
    } catch (StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
      throw new ModelLoadException(source + ": not a usable model: " + lowerFirst(m), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ModelLoadException(
          source + ": not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ")"), e);
    } catch (IOException e) {
      throw new ModelLoadException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
