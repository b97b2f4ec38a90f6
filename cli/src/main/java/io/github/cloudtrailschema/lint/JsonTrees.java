package io.github.cloudtrailschema.lint;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON through Jackson's streaming parser, which gives each token's line and column, detects
 * duplicate keys and bounds nesting itself.
 */
final class JsonTrees {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(YamlTrees.MAX_DEPTH).build())
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonTrees() {}

  static List<SourceNode> read(String text) throws LintInputException {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        return List.of();
      }
      SourceNode root = value(p);
      if (p.nextToken() != null) {
        throw new LintInputException(
            "invalid JSON: more than one value", position(p.currentTokenLocation()));
      }
      return DocumentReader.single(root);
    } catch (JacksonException e) {
      JsonLocation l = e.getLocation();
      throw new LintInputException(
          "invalid JSON: " + withoutSource(YamlTrees.oneLine(e.getOriginalMessage())),
          l == null ? Position.START : position(l));
    } catch (IOException e) {
      throw new LintInputException("unreadable: " + e.getMessage(), Position.START);
    }
  }

  /**
   * Jackson names where an unclosed object or array started as {@code [Source: REDACTED
   * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 13]}, and the
   * setting behind a limit as {@code from `StreamReadConstraints.getMaxNestingDepth()`}: only the
   * line and column, and the limit's number, mean anything to the user.
   */
  static String withoutSource(String message) {
    return message
        .replaceAll("\\[Source: [^;\\]]*(; )?", "[")
        .replaceAll("\\[line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll(",? from `[^`]*`", "");
  }

  private static SourceNode value(JsonParser p) throws IOException {
    Position at = position(p.currentTokenLocation());
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        List<SourceNode.Entry> entries = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          SourceNode.Scalar key =
              new SourceNode.Scalar(
                  p.currentName(),
                  SourceNode.Kind.STRING,
                  Optional.empty(),
                  position(p.currentTokenLocation()));
          p.nextToken();
          entries.add(new SourceNode.Entry(key, value(p)));
        }
        return new SourceNode.Map(entries, at);
      }
      case START_ARRAY -> {
        List<SourceNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p));
        }
        return new SourceNode.Seq(items, at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return scalar(p.getText(), SourceNode.Kind.NUMBER, at);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return scalar(p.getText(), SourceNode.Kind.BOOLEAN, at);
      }
      case VALUE_NULL -> {
        return scalar("null", SourceNode.Kind.NULL, at);
      }
      default -> {
        return scalar(p.getText(), SourceNode.Kind.STRING, at);
      }
    }
  }

  private static SourceNode.Scalar scalar(String text, SourceNode.Kind kind, Position at) {
    return new SourceNode.Scalar(text, kind, Optional.empty(), at);
  }

  private static Position position(JsonLocation l) {
    return new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
