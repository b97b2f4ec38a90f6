package io.github.cloudtrailschema.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.loading.ServiceSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded index as a library: what the CLI and other front ends call. */
class SearchIndexTest {
  private static final SearchIndex INDEX = SearchIndex.embedded();

  @Test
  void everyEventOfTheCatalogueIsIndexed() {
    int events = 0;
    for (ServiceSummary s : ModelCatalog.embedded().services()) {
      events += s.operationCount();
    }
    assertThat(INDEX.eventCount()).isEqualTo(events);
  }

  @Test
  void phrasesAndStopWordsShapeTheQuery() {
    assertThat(INDEX.meaningfulWords("logging was turned off by someone"))
        .containsExactly("logging", "turned off");
    assertThat(INDEX.meaningfulWords("the a was")).isEmpty();
  }

  @Test
  void searchIsDeterministic() {
    Query q = Query.of("security group changes").withLimit(25);
    assertThat(INDEX.search(q)).isEqualTo(SearchIndex.embedded().search(q));
  }

  @Test
  void hitsSayWhyTheyMatched() {
    Hit first = INDEX.search(Query.of("KMS key scheduled for deletion")).get(0);
    assertThat(first.eventName()).isEqualTo("ScheduleKeyDeletion");
    assertThat(first.matched()).contains("key", "scheduled", "deletion");
    assertThat(first.command()).isEqualTo("cloudtrail-schema kms.ScheduleKeyDeletion");
  }

  @Test
  void filtersApplyToNearMissesToo() {
    List<Hit> hits =
        INDEX.search(
            Query.of("RunInstance").withEventSources(java.util.Set.of("iam.amazonaws.com")));
    assertThat(hits).allMatch(h -> h.eventSource().equals("iam.amazonaws.com"));
  }

  @Test
  void anUnknownFieldSuggestsCloseOnes() {
    assertThatThrownBy(() -> INDEX.search(Query.byField("ipPermisions")))
        .isInstanceOf(UnknownFieldException.class)
        .hasMessageContaining("ipPermissions");
  }
}
