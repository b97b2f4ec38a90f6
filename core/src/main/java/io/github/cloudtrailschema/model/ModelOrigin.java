package io.github.cloudtrailschema.model;

/** Where a service model came from, as shown in the service listing. */
public enum ModelOrigin {
  /** {@code com.amazonaws:aws-java-sdk-models}, botocore's C2J format. */
  C2J_MODELS("aws-java-sdk-models"),
  /** The AWS SDK for Java v2 classes (S3), through their {@code sdkFields()}. */
  SDK_V2_CLASSES("awssdk-v2-classes"),
  /** CloudTrail events that are not API calls, curated in this project with their evidence. */
  CURATED("curated"),
  /** A C2J file the user pointed at ({@code *-model.json}, the models jar's layout). */
  USER_FILE("file"),
  /** botocore's {@code data/<service>/<version>/service-2.json[.gz]}: boto3, the AWS CLI. */
  BOTOCORE("botocore"),
  /** A Smithy 2.0 JSON AST model, as in {@code aws/api-models-aws}. */
  SMITHY("smithy"),
  /** An event source no model has, known from the user's own logs ({@code learn}). */
  LEARNED("learned");

  // New constants go last: the catalogue stores an origin by its ordinal.

  private final String label;

  ModelOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
