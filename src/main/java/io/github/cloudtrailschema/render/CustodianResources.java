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

  /** c7n/cwe.py {@code CloudWatchEvents.trail_events}, keyed by eventSource and eventName. */
  private static final Map<String, Shortcut> SHORTCUTS =
      Map.ofEntries(
          shortcut("signin", "ConsoleLogin", "ConsoleLogin", "userIdentity.arn"),
          shortcut(
              "autoscaling",
              "CreateAutoScalingGroup",
              "CreateAutoScalingGroup",
              "requestParameters.autoScalingGroupName"),
          shortcut(
              "autoscaling",
              "UpdateAutoScalingGroup",
              "UpdateAutoScalingGroup",
              "requestParameters.autoScalingGroupName"),
          shortcut("s3", "CreateBucket", "CreateBucket", "requestParameters.bucketName"),
          shortcut(
              "redshift", "CreateCluster", "CreateCluster", "requestParameters.clusterIdentifier"),
          shortcut(
              "elasticloadbalancing",
              "CreateLoadBalancer",
              "CreateLoadBalancer",
              "requestParameters.loadBalancerName"),
          shortcut(
              "elasticloadbalancing",
              "CreateLoadBalancerPolicy",
              "CreateLoadBalancerPolicy",
              "requestParameters.loadBalancerName"),
          shortcut(
              "elasticloadbalancing",
              "SetLoadBalancerPoliciesOfListener",
              "SetLoadBalancerPoliciesOfListener",
              "requestParameters.loadBalancerName"),
          shortcut(
              "rds",
              "CreateDBInstance",
              "CreateDBInstance",
              "requestParameters.dBInstanceIdentifier"),
          shortcut("ec2", "CreateVolume", "CreateVolume", "responseElements.volumeId"),
          shortcut(
              "es",
              "CreateElasticsearchDomain",
              "CreateElasticsearchDomain",
              "requestParameters.domainName"),
          shortcut("dynamodb", "CreateTable", "CreateTable", "requestParameters.tableName"),
          shortcut(
              "lambda",
              "CreateFunction20150331",
              "CreateFunction",
              "requestParameters.functionName"),
          shortcut(
              "ec2",
              "RunInstances",
              "RunInstances",
              "responseElements.instancesSet.items[].instanceId"));

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

  private static Map.Entry<String, Shortcut> shortcut(
      String prefix, String eventName, String name, String ids) {
    return Map.entry(prefix + ".amazonaws.com " + eventName, new Shortcut(name, ids));
  }

  static Optional<Shortcut> shortcut(String eventSource, String eventName) {
    return Optional.ofNullable(SHORTCUTS.get(eventSource + " " + eventName));
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
