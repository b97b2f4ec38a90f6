package io.github.cloudtrailschema.format.custodian;

import io.github.cloudtrailschema.trail.CustodianResources;
import io.github.cloudtrailschema.trail.CustodianShortcuts;
import io.github.cloudtrailschema.trail.EventBridgeFacts;
import io.github.cloudtrailschema.walk.EventSchema;
import io.github.cloudtrailschema.walk.path.FieldPath;
import io.github.cloudtrailschema.walk.path.LeafPath;
import java.util.List;
import java.util.Optional;

/**
 * What a generated policy acts on: the resource type, the {@code ids} path that finds the resource
 * in cloudtrail mode (or Custodian's shortcut for the event), and why.
 *
 * <p>The first candidate of {@link CustodianResources#candidates} that c7n takes in cloudtrail mode
 * and whose lookup finds a resource by a field the record holds. Where none does, the policy is
 * about the account: {@code aws.account}'s lookup ignores ids and returns the account, so the policy
 * still finds something; {@link #fallback} says why, and the policy's comment says so. Never a
 * type whose lookup the record cannot feed: such a policy validates and finds nothing.
 *
 * @param type the resource type
 * @param reason why the type, in the comment's words
 * @param fallback why the account, where it stands in for a type the record cannot name
 * @param ids the path of the resource's id, relative to {@code detail}; empty: the account (ids
 *     ignored)
 * @param shortcut Custodian's shortcut for the event, where it fires on the event and its ids are
 *     {@link #ids}
 */
record PolicyTarget(
    CustodianResources.Type type,
    String reason,
    Optional<Fallback> fallback,
    Optional<FieldPath> ids,
    Optional<CustodianShortcuts.Shortcut> shortcut) {

  /** Why a policy is about the account when the event is not an account-level one. */
  enum Fallback {
    NOT_MODELED("Custodian models no resource of this service"),
    NONE_NAMED(
        "the operation names none of the service's Custodian types and the request carries none"
            + " of their ids"),
    NO_CLOUDTRAIL("c7n does not take the type in cloudtrail mode"),
    NEVER_FINDS(
        "no id of the type's resource finds it in cloudtrail mode (a removed service, or a lookup"
            + " keyed on another resource)"),
    NO_ID_IN_RECORD("the record holds no id the type's lookup finds");

    final String text;

    Fallback(String text) {
      this.text = text;
    }
  }

  static PolicyTarget of(EventSchema event, List<LeafPath> leaves) {
    String prefix = EventBridgeFacts.servicePrefix(event.identity());
    String serviceId = event.service().metadata().serviceId();
    List<CustodianResources.Candidate> candidates =
        CustodianResources.candidates(
            serviceId,
            prefix,
            event.operation().name(),
            ResourceIds.requestFields(event, leaves));
    Fallback why =
        CustodianResources.modeled(serviceId, prefix) ? Fallback.NONE_NAMED : Fallback.NOT_MODELED;
    String detail = "";
    for (CustodianResources.Candidate c : candidates) {
      CustodianResources.Type t = c.type();
      if (t.account()) {
        return new PolicyTarget(
            t, c.reason().text + " (" + c.evidence() + ")", Optional.empty(), Optional.empty(),
            Optional.empty());
      }
      Fallback problem = null;
      Optional<FieldPath> ids = Optional.empty();
      if (!t.cloudtrail()) {
        problem = Fallback.NO_CLOUDTRAIL;
      } else if (t.neverFinds()) {
        problem = Fallback.NEVER_FINDS;
      } else if (t.idsIgnored()) {
        return new PolicyTarget(
            t,
            c.reason().text + "; its lookup ignores ids and returns the account's (" + t.source()
                + ")",
            Optional.empty(), Optional.empty(), Optional.empty());
      } else {
        ids = ResourceIds.of(event, leaves, t, c.reason() == CustodianResources.Reason.NAMED);
        problem = ids.isEmpty() ? Fallback.NO_ID_IN_RECORD : null;
      }
      if (problem == null) {
        String because =
            c.reason().text
                + "; c7n looks it up by "
                + String.join(" or ", t.accepts())
                + " ("
                + t.source()
                + ")";
        return new PolicyTarget(
            t, because, Optional.empty(), ids, shortcut(event, ids.get()));
      }
      if (detail.isEmpty()) {
        why = problem;
        detail = " (" + t.name() + detail(problem, t) + ")";
      }
    }
    CustodianResources.Type account = CustodianResources.type("aws.account").orElseThrow();
    return new PolicyTarget(
        account,
        why.text + detail + "; the policy acts on the account",
        Optional.of(why),
        Optional.empty(),
        Optional.empty());
  }

  private static String detail(Fallback problem, CustodianResources.Type t) {
    return switch (problem) {
      case NO_CLOUDTRAIL -> {
        // c7n's message, without the mechanism the table adds in brackets
        int bracket = t.refusal().indexOf(" [");
        yield ": c7n says \"" + (bracket < 0 ? t.refusal() : t.refusal().substring(0, bracket))
            + "\"";
      }
      case NO_ID_IN_RECORD -> ": looked up by " + String.join(" or ", t.accepts());
      default -> "";
    };
  }

  /**
   * Custodian's shortcut for the event: only where c7n would subscribe to the logged name, the
   * event has no other name a policy must list, and the shortcut's ids are the path chosen.
   */
  private static Optional<CustodianShortcuts.Shortcut> shortcut(EventSchema event, FieldPath ids) {
    if (!event.eventNameAlternatives().isEmpty()) {
      return Optional.empty();
    }
    return CustodianShortcuts.forEvent(event.eventSource(), event.eventName())
        .filter(s -> s.ids().equals(JmesPaths.of("", ids).orElse("")));
  }
}
