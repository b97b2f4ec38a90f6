package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Constraints;
import io.github.cloudtrailschema.model.MapShape;
import io.github.cloudtrailschema.model.Member;
import io.github.cloudtrailschema.model.ScalarKind;
import io.github.cloudtrailschema.model.ScalarShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IAM policy grammar, for a policy CloudTrail logs parsed (S3 PutBucketPolicy's {@code
 * bucketPolicy}): {@code Version}, {@code Id}, {@code Statement[]} with {@code Sid}, {@code
 * Effect}, {@code Principal}/{@code NotPrincipal} ({@code AWS}, {@code Service}, {@code
 * Federated}, {@code CanonicalUser}), {@code Action}/{@code NotAction}, {@code
 * Resource}/{@code NotResource} and {@code Condition.<operator>.<key>}. Evidence: the IAM User
 * Guide's "Grammar of the IAM JSON policy language"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html).
 *
 * <p>The grammar lets {@code Statement}, {@code Action}, {@code Resource} and a principal's value be
 * one value or an array of them; the shown form is the one value ({@code Statement} the array),
 * and {@code check} accepts the other (a list logged as its one element, a value as a
 * one-element array, and a principal given as {@code "*"}).
 */
public final class PolicyDocument {
  private static final String PRINCIPAL = "PolicyPrincipal";
  private static final String NOT_PRINCIPAL = "PolicyNotPrincipal";

  private PolicyDocument() {}

  /**
   * Whether {@code n} is a statement's {@code Principal} or {@code NotPrincipal}, which the grammar
   * also lets be the string {@code "*"} (everyone).
   */
  public static boolean isPrincipal(Node n) {
    if (!(n instanceof Node.Struct s) || !s.shape().id().service().equals(Synthetic.NAMESPACE)) {
      return false;
    }
    String name = s.shape().id().name();
    return name.equals(PRINCIPAL) || name.equals(NOT_PRINCIPAL);
  }

  /** The parsed policy document. */
  public static Node.Struct node() {
    List<Field> statement = new ArrayList<>();
    statement.add(leaf("Sid", "An optional identifier of the statement."));
    statement.add(leaf("Effect", "Allow or Deny."));
    statement.add(principal("Principal", "Whom the statement applies to (or \"*\")."));
    statement.add(principal("NotPrincipal", "Whom the statement does not apply to."));
    statement.add(leaf("Action", "An action (s3:GetObject) or an array of them."));
    statement.add(leaf("NotAction", "Actions the statement does not cover."));
    statement.add(leaf("Resource", "A resource ARN or an array of them."));
    statement.add(leaf("NotResource", "Resources the statement does not cover."));
    statement.add(
        Synthetic.field(
            "Condition",
            conditions(),
            "Condition operator (StringEquals) → condition key (aws:SourceIp) → value(s)."));
    Node.Struct item = Synthetic.struct("PolicyStatement", statement);
    Node.ListOf statements =
        new Node.ListOf(Synthetic.list("PolicyStatements"), Optional.empty(), item, true);
    return Synthetic.struct(
        "PolicyDocument",
        List.of(
            leaf("Version", "The policy language version: 2012-10-17."),
            leaf("Id", "An optional identifier of the policy."),
            Synthetic.field("Statement", statements, "The policy's statements.")));
  }

  private static Field leaf(String key, String doc) {
    ScalarShape s = Synthetic.scalar("Policy" + key, ScalarKind.STRING, doc);
    return Field.of(key, Synthetic.member(key, s.id(), doc), Node.Leaf.of(s));
  }

  private static Field principal(String key, String doc) {
    return Synthetic.field(
        key,
        Synthetic.struct(
            "Policy" + key,
            List.of(
                leaf("AWS", "Account, user or role ARNs (or \"*\")."),
                leaf("Service", "Service principals (cloudtrail.amazonaws.com)."),
                leaf("Federated", "Identity providers (cognito-identity.amazonaws.com)."),
                leaf("CanonicalUser", "S3 canonical user ids."))),
        doc);
  }

  /** {@code {"StringEquals": {"aws:PrincipalOrgID": "o-..."}}}: operator → key → value. */
  private static Node conditions() {
    ScalarShape key = Synthetic.scalar("PolicyConditionKey", ScalarKind.STRING, "");
    ScalarShape value = Synthetic.scalar("PolicyConditionValue", ScalarKind.STRING, "");
    ScalarShape operator = Synthetic.scalar("PolicyConditionOperator", ScalarKind.STRING, "");
    Node.MapOf byKey =
        new Node.MapOf(map("PolicyConditionKeys", key, value), key, Node.Leaf.of(value));
    return new Node.MapOf(map("PolicyConditions", operator, value), operator, byKey);
  }

  private static MapShape map(String name, ScalarShape key, ScalarShape value) {
    return new MapShape(
        Synthetic.id(name),
        Member.of("key", key.id()),
        Member.of("value", value.id()),
        Constraints.NONE,
        "",
        false,
        false);
  }
}
