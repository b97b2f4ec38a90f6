package io.github.cloudtrailschema.loading;

/**
 * Where the catalogue's models come from.
 *
 * @param source {@code aws-java-sdk-models 1.12.797 + software.amazon.awssdk:s3 2.57.8}, or a path
 * @param date the models' release date ({@code yyyy-MM-dd}), or empty when unknown
 */
public record CatalogInfo(String source, String date, int serviceCount, int operationCount) {}
