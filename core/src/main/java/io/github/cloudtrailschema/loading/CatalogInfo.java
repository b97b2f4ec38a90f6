package io.github.cloudtrailschema.loading;

import io.github.cloudtrailschema.model.ModelOrigin;
import java.util.List;

/**
 * Where the catalogue's models come from and how much it holds.
 *
 * @param source {@code aws-java-sdk-models 1.12.797 + software.amazon.awssdk:s3 2.57.8}, or a path
 * @param date the models' release date ({@code yyyy-MM-dd}), or empty when unknown
 * @param serviceCount AWS services (API models), not counting curated non-API event sets
 * @param operationCount their operations
 * @param curatedEventCount events of the curated non-API event sets
 */
public record CatalogInfo(
    String source, String date, int serviceCount, int operationCount, int curatedEventCount) {

  static CatalogInfo of(String source, String date, List<ServiceSummary> services) {
    int apis = 0;
    int ops = 0;
    int curated = 0;
    for (ServiceSummary s : services) {
      if (s.metadata().origin() == ModelOrigin.CURATED) {
        curated += s.operationCount();
      } else {
        apis++;
        ops += s.operationCount();
      }
    }
    return new CatalogInfo(source, date, apis, ops, curated);
  }
}
