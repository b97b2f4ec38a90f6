package io.github.cloudtrailschema.walk;

import io.github.cloudtrailschema.model.Operation;
import io.github.cloudtrailschema.model.ServiceMetadata;
import io.github.cloudtrailschema.model.ServiceModel;
import io.github.cloudtrailschema.trail.EventNames;
import io.github.cloudtrailschema.trail.EventSourceResolver;
import io.github.cloudtrailschema.trail.ServiceConventions;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.github.cloudtrailschema.model.Protocol;

/** Builds the {@link EventSchema} of an operation under its service's CloudTrail conventions. */
public final class EventSchemas {
  private final ServiceModel service;
  private final EventShaper shaper;

  public EventSchemas(ServiceModel service) {
    this.service = service;
    this.shaper = shaper(service);
  }

  /** The shaper for a service: EC2's, S3's, or the default one with the service's naming. */
  public static EventShaper shaper(ServiceModel service) {
    ServiceMetadata m = service.metadata();
    if (m.protocol() == Protocol.EC2) {
      return new Ec2Shaper(service);
    }
    if (m.protocol() == Protocol.REST_XML && m.signingName().equals("s3")) {
      // S3 and S3 Control: both logged by S3's front end as HTTP requests (Host, headers, XML
      // body).
      return new S3Shaper(service);
    }
    EventShaper shaper =
        new DefaultShaper(
            service,
            ServiceConventions.naming(m),
            ServiceConventions.unwrapsSingleResult(m),
            ServiceConventions.timestamps(m));
    // DynamoDB's item-level events log keys plain and leave other attribute values out.
    return DynamoDbShaper.appliesTo(service) ? new DynamoDbShaper(shaper) : shaper;
  }

  public ServiceModel service() {
    return service;
  }

  /** The event of {@code op}: names, type and the parts of the record it fills. */
  public EventSchema of(Operation op) {
    return of(op, EnumSet.allOf(RecordPart.class));
  }

  /**
   * The event of {@code op} with only the {@code wanted} parts expanded (a page showing one part
   * need not expand the others; EC2's largest responses take a while).
   */
  public EventSchema of(Operation op, Set<RecordPart> wanted) {
    ServiceMetadata m = service.metadata();
    List<String> names = EventNames.eventNames(m, op);
    // Console actions follow the same verbs (billing console GetContactInformation is read-only);
    // sign-in events do not.
    boolean readOnly =
        !m.cloudTrailEventSource().orElse("").equals("signin.amazonaws.com")
            && ServiceConventions.readOnly(m, op.name());
    // CloudTrail logs "responseElements": null for read-only calls: their results are not logged,
    // so they are not expanded either (EventSchema.unlogged gives them on demand).
    boolean nullResponse = readOnly && ServiceConventions.readOnlyResponsesAreNull(m);
    Map<RecordPart, EventStructure> parts = new EnumMap<>(RecordPart.class);
    for (RecordPart d : wanted) {
      EventStructure s =
          d == RecordPart.OUTPUT && nullResponse
              ? new EventStructure(service, op, d, java.util.Optional.empty())
              : shaper.shape(op, d);
      if (s.root().isPresent() || d == RecordPart.INPUT || d == RecordPart.OUTPUT) {
        parts.put(d, s);
      }
    }
    // What the user's logs showed beside the model (an overlay learned): in the same parts.
    if (service.learned(op.name()).isPresent()) {
      LearnedFields.graft(service, op, parts, wanted, service.learned(op.name()).get());
    }
    return new EventSchema(
        service,
        op,
        EventSourceResolver.eventSource(m, op.name()),
        names.get(0),
        names.subList(1, names.size()),
        op.eventType(),
        readOnly,
        parts,
        shaper);
  }
}
