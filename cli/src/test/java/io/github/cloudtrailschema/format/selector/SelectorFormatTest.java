package io.github.cloudtrailschema.format.selector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.ListShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ScalarShape;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.model.Shape;
import io.github.cloudtrailschema.model.ShapeId;
import io.github.cloudtrailschema.model.StructureShape;
import io.github.cloudtrailschema.testing.CliResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --format selector} against the CloudTrail API model of the embedded catalogue: the JSON
 * is a list of {@code AdvancedEventSelector} (members, required members, list and string
 * constraints as the model states them), and its fields and values are ones the model's
 * {@code AdvancedFieldSelector.Field} documentation names (the resources.type values of the data
 * events tested are in that documentation's list).
 */
class SelectorFormatTest {
  private static ServiceModel cloudTrail;
  private static String fieldDoc;

  @BeforeAll
  static void load() {
    cloudTrail = ModelCatalog.embedded().load("cloudtrail", true);
    StructureShape field = structure("AdvancedFieldSelector");
    fieldDoc = field.member("Field").orElseThrow().documentation();
  }

  @ParameterizedTest
  @CsvSource({
    "s3.GetObject, Data, AWS::S3::Object",
    "dynamodb.PutItem, Data, AWS::DynamoDB::Table",
    "sns.Publish, Data, AWS::SNS::Topic",
    "lambda.Invoke, Data, AWS::Lambda::Function",
    "ebs.GetSnapshotBlock, Data, AWS::EC2::Snapshot",
    "sqs.SendMessage, Data, AWS::SQS::Queue",
    "iam.CreatePolicy, Management, ",
    "kms.Decrypt, Management, ",
  })
  void selectorIsAValidAdvancedEventSelector(String event, String category, String type)
      throws Exception {
    CliResult r = CliResult.run(event, "--format", "selector");
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    JsonNode selectors = new ObjectMapper().readTree(r.stdout());
    assertThat(selectors.isArray()).isTrue();
    assertThat(selectors).hasSize(1);
    JsonNode selector = selectors.get(0);
    List<String> problems = new ArrayList<>();
    validate(selector, structure("AdvancedEventSelector"), "selector", problems);
    assertThat(problems).isEmpty();

    List<String> fields = new ArrayList<>();
    for (JsonNode fs : selector.get("FieldSelectors")) {
      String f = fs.get("Field").asText();
      fields.add(f);
      assertThat(fieldDoc).as("the model documents field %s", f).contains("<code>" + f + "</code>");
    }
    assertThat(value(selector, "eventCategory")).isEqualTo(category);
    assertThat(fieldDoc).contains("<code>" + category + "</code>");
    if (type != null) {
      assertThat(fields).containsExactly("eventCategory", "resources.type", "eventName");
      assertThat(value(selector, "resources.type")).isEqualTo(type);
      assertThat(fieldDoc).as("the model lists %s", type).contains(type);
    } else {
      assertThat(fields).containsExactly("eventCategory", "readOnly");
      assertThat(r.stderr()).contains("management event");
    }
  }

  private static String value(JsonNode selector, String field) {
    for (JsonNode fs : selector.get("FieldSelectors")) {
      if (fs.get("Field").asText().equals(field)) {
        return fs.get("Equals").get(0).asText();
      }
    }
    return null;
  }

  /** The JSON against the model shape: known members, required ones present, constraints held. */
  private static void validate(JsonNode json, Shape shape, String at, List<String> problems) {
    if (shape instanceof StructureShape s) {
      if (!json.isObject()) {
        problems.add(at + ": not an object");
        return;
      }
      for (Member m : s.members()) {
        if (m.required() && !json.has(m.name())) {
          problems.add(at + ": missing " + m.name());
        }
      }
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        Member m = s.member(k).orElse(null);
        if (m == null) {
          problems.add(at + ": no member " + k);
        } else {
          validate(json.get(k), cloudTrail.expectShape(m.target()), at + "." + k, problems);
        }
      }
    } else if (shape instanceof ListShape l) {
      if (!json.isArray()) {
        problems.add(at + ": not a list");
        return;
      }
      l.constraints().min().ifPresent(min -> {
        if (json.size() < min) {
          problems.add(at + ": fewer than " + min + " items");
        }
      });
      for (JsonNode item : json) {
        validate(item, cloudTrail.expectShape(l.member().target()), at + "[]", problems);
      }
    } else if (shape instanceof ScalarShape sc) {
      String v = json.asText();
      sc.constraints().min().ifPresent(min -> {
        if (v.length() < min) {
          problems.add(at + ": shorter than " + min);
        }
      });
      sc.constraints().max().ifPresent(max -> {
        if (v.length() > max) {
          problems.add(at + ": longer than " + max);
        }
      });
      sc.constraints()
          .pattern()
          .ifPresent(p -> {
            if (!Pattern.compile(p).matcher(v).matches()) {
              problems.add(at + ": '" + v + "' does not match " + p);
            }
          });
    }
  }

  private static StructureShape structure(String name) {
    return (StructureShape) cloudTrail.expectShape(new ShapeId(cloudTrail.name(), name));
  }
}
