package io.github.cloudtrailschema.loading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives each model a unique catalogue name: the model file's stem ({@code iam}, {@code api.ecr}),
 * as the models jar names them. Two models share a stem in the jar ({@code elasticloadbalancing} v1
 * and v2, {@code finspace} and finspace data). The one whose compacted service id is the stem keeps
 * it (else the one with the oldest API version); the others take their compacted service id ({@code
 * elasticloadbalancingv2}, {@code finspacedata}). These are the models jar's names; {@link
 * ServiceNames} then gives each model of that layout botocore's name ({@code ecr}, {@code elbv2}).
 */
public final class ServiceNaming {
  private ServiceNaming() {}

  /** A model file before naming: its stem and a function that names its metadata. */
  public record Candidate<T>(String stem, String apiVersion, String serviceId, T payload) {}

  /** Returns the candidates' payloads named, in the candidates' order. */
  public static <T, R> List<R> assign(
      List<Candidate<T>> candidates, BiFunction<String, T, R> name) {
    Map<String, List<Candidate<T>>> byStem = new HashMap<>();
    for (Candidate<T> c : candidates) {
      byStem.computeIfAbsent(c.stem(), k -> new ArrayList<>()).add(c);
    }
    Map<Candidate<T>, String> names = new HashMap<>();
    for (List<Candidate<T>> group : byStem.values()) {
      String stem = group.get(0).stem();
      group.sort(
          Comparator.comparing((Candidate<T> c) -> !compact(c.serviceId()).equals(stem))
              .thenComparing(Candidate::apiVersion));
      names.put(group.get(0), stem);
      for (Candidate<T> c : group.subList(1, group.size())) {
        String id = compact(c.serviceId());
        names.put(c, id.equals(stem) || names.containsValue(id) ? stem + "-" + c.apiVersion() : id);
      }
    }
    List<R> out = new ArrayList<>();
    for (Candidate<T> c : candidates) {
      out.add(name.apply(names.get(c), c.payload()));
    }
    return out;
  }

  /**
   * Lower case, letters and digits only: {@code "Elastic Load Balancing v2"} → {@code
   * elasticloadbalancingv2}.
   */
  public static String compact(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * {@code iam-2010-05-08-model.json} → {@code iam}; {@code service-2.json} is named by its folder.
   */
  public static String stem(String fileName) {
    String base = fileName.replaceAll("\\.json$", "");
    base = base.replaceAll("-model$", "");
    base = base.replaceAll("-\\d{4}-\\d{2}-\\d{2}$", "");
    return base;
  }
}
