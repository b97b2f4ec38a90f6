package io.github.cloudtrailschema.format.custodian;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.walk.EventSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A policy's name: what {@code custodian validate} accepts and unique across an export, since c7n
 * refuses two policies of one name in one run ({@code custodian validate} over a folder, {@code
 * custodian run}) and names each policy's Lambda function {@code custodian-<name>}.
 *
 * <ul>
 *   <li>Words of {@code [a-z0-9]} joined by single hyphens, starting with a letter: c7n's pattern
 *       {@code ^[A-z][A-z0-9]*(-[A-z0-9]+)*$} (no {@code --}, no {@code _} or {@code .}).
 *   <li>At most {@value #MAX_NAME} characters: Lambda's 64 for a function name, less {@code
 *       custodian-}; a longer name keeps its head, cut between words, and a hash of the whole.
 *   <li>The service's words, then the operation's. The service is the event source's prefix
 *       ({@code iam-create-access-key}) unless another embedded model logs under the same prefix
 *       and this one is not the prefix's own: DocumentDB's and Neptune's operations log as {@code
 *       rds}, API Gateway v2's as {@code apigateway}; those take their model's name ({@code
 *       docdb-add-tags-to-resource}, {@code apigatewayv2-create-authorizer}). A model's operations
 *       are unique and so are the models' names.
 * </ul>
 */
final class PolicyNames {
  /** 64 (Lambda's limit on a function name) minus {@code custodian-}. */
  static final int MAX_NAME = 64 - "custodian-".length();

  private static final int HASH_DIGITS = 6;
  private static Map<String, List<String>> modelsByPrefix;

  private PolicyNames() {}

  static String of(EventSchema event) {
    String prefix = EventBridgeFacts.servicePrefix(event.identity());
    String model = event.service().name();
    String service = ownsPrefix(model, prefix) || alone(model, prefix) ? prefix : model;
    return name(service, event.operation().name());
  }

  /** {@code service}'s words and {@code operation}'s, kept to c7n's pattern and length. */
  static String name(String service, String operation) {
    String full = words(service) + "-" + words(operation);
    if (!Character.isLetter(full.charAt(0))) {
      full = "aws-" + full;
    }
    if (full.length() <= MAX_NAME) {
      return full;
    }
    String hash = String.format("%0" + HASH_DIGITS + "x", full.hashCode() & 0xFFFFFF);
    String head = full.substring(0, MAX_NAME - HASH_DIGITS - 1);
    int cut = head.lastIndexOf('-');
    // between words where one ends near the limit, so that no word is left cut short
    head = cut > head.length() - 8 && cut > 0 ? head.substring(0, cut) : head;
    return head + "-" + hash;
  }

  /**
   * Lower-case words of ASCII letters and digits: a CamelCase word boundary or any other character
   * separates them ({@code CreateDBInstance2020_05_31} → {@code create-dbinstance2020-05-31}).
   */
  static String words(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!word) {
        separate(b);
        continue;
      }
      if (Character.isUpperCase(c)
          && i > 0
          && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1)))) {
        separate(b);
      }
      b.append(Character.toLowerCase(c));
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "x" : b.substring(0, end);
  }

  private static void separate(StringBuilder b) {
    if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
      b.append('-');
    }
  }

  /** The model named like its prefix ({@code rds}, {@code access-analyzer}, {@code api.sagemaker}). */
  private static boolean ownsPrefix(String model, String prefix) {
    String m = model.startsWith("api.") ? model.substring(4) : model;
    return compact(m).equals(compact(prefix));
  }

  /** No other embedded model logs under the prefix. */
  private static boolean alone(String model, String prefix) {
    List<String> models = modelsByPrefix().getOrDefault(prefix, List.of());
    return models.stream().allMatch(model::equals);
  }

  private static synchronized Map<String, List<String>> modelsByPrefix() {
    if (modelsByPrefix == null) {
      Map<String, List<String>> out = new HashMap<>();
      for (ServiceSummary s : ModelCatalog.embedded().services()) {
        String prefix =
            EventSourceResolver.stripSuffix(EventSourceResolver.eventSource(s.metadata()));
        if (prefix != null) {
          out.computeIfAbsent(prefix, k -> new ArrayList<>()).add(s.name());
        }
      }
      modelsByPrefix = out;
    }
    return modelsByPrefix;
  }

  private static String compact(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
