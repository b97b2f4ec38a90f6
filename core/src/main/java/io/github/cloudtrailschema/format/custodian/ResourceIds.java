package io.github.cloudtrailschema.format.custodian;

import io.github.cloudtrailschema.trail.CustodianLookup;
import io.github.cloudtrailschema.trail.CustodianResources;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.RecordPart;
import io.github.cloudtrailschema.walk.Synthetic;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.path.LeafPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where an event's record holds an id a Custodian type's lookup finds ({@link CustodianLookup}),
 * as a path Custodian's {@code ids} can say: a string, not under a map or a key JMESPath cannot
 * name, not a field CloudTrail adds (EC2's {@code requestId}), not under a list CloudTrail logs as
 * a bare object when it holds one element (an {@code []} path would miss that one). The request's
 * before the response's (a failed call has no response), shallow before deep, a single value before
 * a list's.
 */
final class ResourceIds {
  private ResourceIds() {}

  /** The path of the id {@code type}'s lookup finds, if the record holds one. */
  static Optional<FieldPath> of(
      EventSchema event, List<LeafPath> leaves, CustodianResources.Type type, boolean named) {
    return usable(event, leaves).stream()
        .filter(l -> CustodianLookup.finds(type, keysBelowPart(l.path()), named))
        .map(LeafPath::path)
        .min(ORDER);
  }

  /**
   * The request's fields a type may be found by, as keys below {@code requestParameters}: its
   * members ({@code [userName]}) and, in EC2's wrapped requests, the wrapper's ({@code
   * [EnableImageRequest, ImageId]}); not a list's elements.
   */
  static List<List<String>> requestFields(EventSchema event, List<LeafPath> leaves) {
    List<List<String>> out = new ArrayList<>();
    for (LeafPath l : usable(event, leaves)) {
      FieldPath p = l.path();
      if (!p.startsWithKey(RecordPart.INPUT.recordField()) || p.hasElement()) {
        continue;
      }
      List<String> keys = keysBelowPart(p);
      if (keys.size() == 1 || (keys.size() == 2 && keys.get(0).endsWith("Request"))) {
        out.add(keys);
      }
    }
    return out;
  }

  /** The string leaves an {@code ids} path may name. */
  private static List<LeafPath> usable(EventSchema event, List<LeafPath> leaves) {
    boolean ownNamespace = event.service().name().equals(Synthetic.NAMESPACE);
    List<LeafPath> out = new ArrayList<>();
    for (LeafPath l : leaves) {
      if (l.type().equals("string")
          && !l.path().hasAnyKey()
          && !l.path().hasOddKey()
          && l.oneElementForms().isEmpty()
          && l.field().isPresent()
          // fields CloudTrail adds (EC2's requestId, S3's Host) identify no resource; the
          // cloudtrail API's own trailName is no added field
          && (ownNamespace
              || !l.field().get().member().target().service().equals(Synthetic.NAMESPACE))) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * {@code requestParameters.a[].b} → {@code [a, b]}; a list of values by its element's name
   * ({@code dashboardNames[]} → {@code [dashboardName]}: each value is a DashboardName).
   */
  static List<String> keysBelowPart(FieldPath path) {
    List<String> keys = new ArrayList<>(path.keys().subList(1, path.keys().size()));
    String last = keys.isEmpty() ? "" : keys.get(keys.size() - 1);
    if (path.last().orElse(null) == FieldPath.Element.INSTANCE
        && last.length() > 1
        && last.endsWith("s")) {
      keys.set(keys.size() - 1, last.substring(0, last.length() - 1));
    }
    return keys;
  }

  private static final Comparator<FieldPath> ORDER =
      Comparator.comparingInt((FieldPath p) -> p.startsWithKey("requestParameters") ? 0 : 1)
          .thenComparingInt(p -> p.keys().size())
          .thenComparing(FieldPath::hasElement);
}
