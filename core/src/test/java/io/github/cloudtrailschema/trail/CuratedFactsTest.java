package io.github.cloudtrailschema.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The curated envelope facts, row by row: every row has its evidence, inferences say so, and the
 * tables agree with each other.
 */
class CuratedFactsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/curated/data-events.tsv",
        "/curated/network-activity.tsv",
        "/curated/record-resources.tsv",
        "/curated/resource-types.tsv",
        "/curated/additional-event-data.tsv",
        "/curated/event-flags.tsv",
        "/curated/envelope-typical.tsv"
      })
  void everyRowHasItsEvidence(String file) {
    List<CuratedRows.Row> rows = CuratedRows.rows(file);
    assertThat(rows).isNotEmpty();
    for (CuratedRows.Row r : rows) {
      String last = r.cells()[r.cells().length - 1];
      assertThat(last).as("%s line %d: evidence", file, r.line()).isNotBlank();
    }
  }

  /**
   * The data-events rows cite their sources as {@code [eN]} and {@code [sN]}: each citation is
   * spelled out, with its page, in the file's header.
   */
  @Test
  void everyCitationOfTheDataEventsTableResolves() throws IOException {
    String text;
    try (InputStream in =
        CuratedFactsTest.class.getResourceAsStream("/curated/data-events.tsv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> defined = new HashSet<>();
    Matcher d =
        Pattern.compile("(?m)^# (\\[[es][0-9]+\\]) \\S").matcher(text);
    while (d.find()) {
      defined.add(d.group(1));
    }
    int cited = 0;
    for (CuratedRows.Row r : CuratedRows.rows("/curated/data-events.tsv")) {
      Matcher c =
          Pattern.compile("\\[[es][0-9]+\\]")
              .matcher(r.cells()[4] + " " + r.cells()[6]);
      while (c.find()) {
        cited++;
        assertThat(defined).as("line %d cites %s", r.line(), c.group()).contains(c.group());
      }
    }
    assertThat(cited).isGreaterThan(250);
  }

  /** The CloudTrail User Guide's table lists 250 resource types (the 2026 copy read). */
  @Test
  void theDataEventsTableHasEveryType() {
    assertThat(EventCategories.allTypes()).hasSizeGreaterThanOrEqualTo(250);
    assertThat(EventCategories.allTypes()).allMatch(t -> t.matches("AWS::[A-Za-z0-9]+::[A-Za-z0-9]+"));
  }

  /** Every type a resources row names has an ARN format, unless the row gives its own. */
  @Test
  void resourcesRowsKnowTheirArnFormats() {
    for (CuratedRows.Row r : CuratedRows.rows("/curated/record-resources.tsv")) {
      String type = r.cells()[2];
      if (!type.equals("-") && r.cells()[4].isBlank()) {
        assertThat(ResourceTypes.arnFormats(type)).as("line %d: %s", r.line(), type).isNotEmpty();
      }
    }
  }

  /** A row that is an inference says so in its basis, and its evidence column explains it. */
  @Test
  void inferencesAreMarked() {
    for (CuratedRows.Row r : CuratedRows.rows("/curated/record-resources.tsv")) {
      String basis = r.cells()[7];
      assertThat(basis).as("line %d", r.line()).matches("doc|inference: .+");
    }
    for (CuratedRows.Row r : CuratedRows.rows("/curated/additional-event-data.tsv")) {
      assertThat(r.cells()[5]).as("line %d", r.line()).matches("doc|inference: .+");
    }
    for (CuratedRows.Row r : CuratedRows.rows("/curated/data-events.tsv")) {
      assertThat(r.cells()[3]).as("line %d", r.line()).matches("doc|inference: .+");
    }
  }

  /** The KMS guide's ct-*.html examples: these calls are logged read-only (not by their verb). */
  @ParameterizedTest
  @CsvSource({
    "kms.amazonaws.com, GenerateRandom, true",
    "kms.amazonaws.com, GenerateMac, true",
    "kms.amazonaws.com, ReEncrypt, true",
    "cognito-identity.amazonaws.com, GetCredentialsForIdentity, false",
    "s3express.amazonaws.com, CreateSession, true",
  })
  void documentedReadOnlyExceptions(String source, String name, boolean readOnly) {
    assertThat(EventFlags.readOnly(source, name)).contains(readOnly);
  }

  @Test
  void unlistedEventsKeepTheVerbRule() {
    assertThat(EventFlags.readOnly("iam.amazonaws.com", "CreatePolicy")).isEmpty();
  }

  /** The network-activity selector list (CloudTrail guide) names S3 and KMS, not IAM. */
  @Test
  void networkActivitySources() {
    assertThat(EventCategories.network("s3.amazonaws.com")).isPresent();
    assertThat(EventCategories.network("kms.amazonaws.com")).isPresent();
    assertThat(EventCategories.network("sts.amazonaws.com"))
        .hasValueSatisfying(n -> assertThat(n.inferred()).isTrue());
  }

  /** ARN formats: the Service Authorization Reference's placeholders as an expression and example. */
  @Test
  void arnFormats() {
    String kms = "arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}";
    assertThat(ArnFormat.example(kms)).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/example-key");
    String p = ArnFormat.pattern(List.of(kms));
    assertThat("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab").matches(p);
    assertThat("arn:aws-cn:kms:cn-north-1:111122223333:key/x").matches(p);
    assertThat("arn:aws:kms:eu-west-1:1111:key/x").doesNotMatch(p);
    assertThat(ArnFormat.example("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"))
        .isEqualTo("arn:aws:iam::123456789012:role/example-role");
    assertThat(ArnFormat.placeholder("AWS::AppConfig::Configuration"))
        .isEqualTo("arn:aws:appconfig:us-east-1:123456789012:configuration/example");
  }
}
