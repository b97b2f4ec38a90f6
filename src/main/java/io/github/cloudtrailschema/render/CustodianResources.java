package io.github.cloudtrailschema.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Cloud Custodian resource an event is about, and Custodian's own shortcuts. Kept small on
 * purpose: a resource only where the event's service and noun make it clear.
 */
final class CustodianResources {
  /** A {@code mode.events} shortcut of c7n/cwe.py: the event name Custodian knows and its ids. */
  record Shortcut(String name, String ids) {}

  /** Event-source prefix → resource, where one resource covers the service. */
  private static final Map<String, String> BY_SERVICE =
      Map.ofEntries(
          Map.entry("s3", "aws.s3"), Map.entry("lambda", "aws.lambda"),
          Map.entry("dynamodb", "aws.dynamodb-table"), Map.entry("kms", "aws.kms-key"),
          Map.entry("sns", "aws.sns"), Map.entry("sqs", "aws.sqs"),
          Map.entry("cloudtrail", "aws.cloudtrail"), Map.entry("ecr", "aws.ecr"),
          Map.entry("eks", "aws.eks"), Map.entry("secretsmanager", "aws.secrets-manager"),
          Map.entry("autoscaling", "aws.asg"), Map.entry("redshift", "aws.redshift"),
          Map.entry("es", "aws.elasticsearch"), Map.entry("cloudformation", "aws.cfn"),
          Map.entry("logs", "aws.log-group"), Map.entry("kinesis", "aws.kinesis"),
          Map.entry("elasticfilesystem", "aws.efs"), Map.entry("apigateway", "aws.rest-api"),
          Map.entry("cloudfront", "aws.distribution"), Map.entry("route53", "aws.hostedzone"),
          Map.entry("states", "aws.step-machine"),
          Map.entry("apigatewayv2", "aws.apigwv2"));

  /** Services with several resources: the event's noun decides (first match wins). */
  private static final Map<String, List<String[]>> BY_NOUN =
      Map.of(
          "iam",
              List.of(
                  new String[] {"Policy", "aws.iam-policy"},
                  new String[] {"Role", "aws.iam-role"},
                  new String[] {"User", "aws.iam-user"},
                  new String[] {"Group", "aws.iam-group"},
                  new String[] {"InstanceProfile", "aws.iam-profile"}),
          "ec2",
              List.of(
                  new String[] {"SecurityGroup", "aws.security-group"},
                  new String[] {"Snapshot", "aws.ebs-snapshot"},
                  new String[] {"Volume", "aws.ebs"},
                  new String[] {"Image", "aws.ami"},
                  new String[] {"Vpc", "aws.vpc"},
                  new String[] {"Subnet", "aws.subnet"},
                  new String[] {"NatGateway", "aws.nat-gateway"},
                  new String[] {"KeyPair", "aws.key-pair"},
                  new String[] {"Instance", "aws.ec2"}),
          "rds",
              List.of(
                  new String[] {"DBSnapshot", "aws.rds-snapshot"},
                  new String[] {"DBCluster", "aws.rds-cluster"},
                  new String[] {"DBInstance", "aws.rds"}),
          "elasticloadbalancing",
              List.<String[]>of(new String[] {"LoadBalancer", "aws.elb"}),
          "elasticloadbalancingv2",
              List.of(
                  new String[] {"TargetGroup", "aws.app-elb-target-group"},
                  new String[] {"LoadBalancer", "aws.app-elb"},
                  new String[] {"Listener", "aws.app-elb"},
                  new String[] {"Rule", "aws.app-elb"}),
          "sagemaker",
              List.of(
                  new String[] {"NotebookInstance", "aws.sagemaker-notebook"},
                  new String[] {"EndpointConfig", "aws.sagemaker-endpoint-config"},
                  new String[] {"Endpoint", "aws.sagemaker-endpoint"},
                  new String[] {"TrainingJob", "aws.sagemaker-job"},
                  new String[] {"TransformJob", "aws.sagemaker-transform-job"},
                  new String[] {"Model", "aws.sagemaker-model"}),
          "ecs",
              List.of(
                  new String[] {"Service", "aws.ecs-service"},
                  new String[] {"TaskDefinition", "aws.ecs-task-definition"},
                  new String[] {"Cluster", "aws.ecs"}));

  private CustodianResources() {}

  /** Custodian's shortcut for the event, from the curated table in {@code trail/}. */
  static Optional<Shortcut> shortcut(String eventSource, String eventName) {
    return io.github.cloudtrailschema.trail.CustodianShortcuts.forEvent(eventSource, eventName)
        .map(s -> new Shortcut(s.name(), s.ids()));
  }

  /**
   * The resource of an operation of the model {@code model} logged under {@code servicePrefix}:
   * models that share an event source (ELB and ELBv2, API Gateway and its v2) by model name.
   */
  static Optional<String> resource(String model, String servicePrefix, String operation) {
    if (model.equals("elasticloadbalancingv2") || model.equals("apigatewayv2")) {
      return resource(model, operation);
    }
    return resource(servicePrefix, operation);
  }

  static Optional<String> resource(String servicePrefix, String operation) {
    List<String[]> nouns = BY_NOUN.get(servicePrefix);
    if (nouns != null) {
      for (String[] n : nouns) {
        if (operation.contains(n[0])) {
          return Optional.of(n[1]);
        }
      }
      return Optional.empty();
    }
    return Optional.ofNullable(BY_SERVICE.get(servicePrefix.toLowerCase(Locale.ROOT)));
  }
}
