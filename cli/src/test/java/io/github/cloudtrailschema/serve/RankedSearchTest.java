package io.github.cloudtrailschema.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudtrailschema.loading.ModelCatalog;
import io.github.cloudtrailschema.search.SearchIndex;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RankedSearchTest {
  private static RankedSearch search;

  @BeforeAll
  static void index() {
    Catalogue catalogue = new Catalogue(ModelCatalog.embedded());
    search =
        new RankedSearch(
            SearchIndex.embedded(), new SubstringSearch(ExplorerData.allEvents(catalogue)));
  }

  private static List<String> names(String q) {
    return search.search(q, 10).stream().map(e -> e.service() + "." + e.eventName()).toList();
  }

  @Test
  void questionsGetTheSearchCommandsRanking() {
    assertThat(names("who disabled cloudtrail logging")).first().isEqualTo("cloudtrail.StopLogging");
  }

  @Test
  void aNameBeingTypedFindsTheNamesItBegins() {
    assertThat(names("CreatePoli")).contains("iam.CreatePolicy");
    assertThat(names("PutBucketPolicy")).startsWith("s3.PutBucketPolicy");
  }

  @Test
  void blankOrStopWordsOnlyFindNothingRatherThanFail() {
    assertThat(names(" ")).isEmpty();
    assertThat(search.search("the", 10)).isNotNull();
  }
}
