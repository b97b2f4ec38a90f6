package io.github.cloudtrailschema.walk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.model.ServiceModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy CloudTrail logs parsed expands to the IAM policy grammar (IAM User Guide, "Grammar of
 * the IAM JSON policy language"), not to an opaque value.
 */
class PolicyDocumentTest {

  private static Node field(Node n, String name) {
    return ((Node.Struct) n)
        .fields().stream()
            .filter(f -> f.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no field " + name))
            .value();
  }

  private static List<String> names(Node n) {
    return ((Node.Struct) n).fields().stream().map(Field::name).toList();
  }

  @Test
  void putBucketPolicyLogsTheParsedPolicyGrammar() {
    ServiceModel s3 = ModelCatalog.embedded().load("s3", false);
    EventSchema e = new EventSchemas(s3).of(s3.operation("PutBucketPolicy").orElseThrow());
    Node policy = field(e.part(RecordPart.INPUT).root().orElseThrow(), "bucketPolicy");
    assertThat(names(policy)).containsExactly("Version", "Id", "Statement");
    Node.ListOf statements = (Node.ListOf) field(policy, "Statement");
    assertThat(statements.singleAsObject()).as("a single statement may be logged as itself").isTrue();
    assertThat(names(statements.item()))
        .containsExactly(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");
    Node principal = field(statements.item(), "Principal");
    assertThat(names(principal)).containsExactly("AWS", "Service", "Federated", "CanonicalUser");
    assertThat(PolicyDocument.isPrincipal(principal)).isTrue();
    Node.MapOf byOperator = (Node.MapOf) field(statements.item(), "Condition");
    assertThat(byOperator.value()).as("operator → key → value").isInstanceOf(Node.MapOf.class);
  }
}
