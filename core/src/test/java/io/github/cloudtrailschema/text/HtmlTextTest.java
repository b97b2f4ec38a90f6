package io.github.cloudtrailschema.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void paragraphsListsCodeAndEntities() {
    String html =
        "<p>Creates a <code>Policy</code> &amp; more.</p> <ul> <li> <p>First <a href=\"x\">link</a>."
            + "</p> </li> <li> <p>Second.</p> </li> </ul> <p>After &lt;list&gt;.</p>";
    assertThat(HtmlText.toText(html))
        .isEqualTo("Creates a `Policy` & more.\n\n- First link.\n- Second.\n\nAfter <list>.");
  }

  @Test
  void wrapsWithHangingIndentForListItems() {
    String html = "<ul><li>one two three four five six</li></ul>";
    assertThat(HtmlText.wrap(html, 14, "  "))
        .containsExactly("  - one two", "    three four", "    five six");
  }

  @Test
  void firstSentenceSkipsAbbreviations() {
    assertThat(HtmlText.firstSentence("<p>Adds tags, e.g. names. Then more.</p>"))
        .isEqualTo("Adds tags, e.g. names.");
    assertThat(HtmlText.firstSentence("")).isEmpty();
    assertThat(HtmlText.firstSentence("<p>No full stop</p>")).isEqualTo("No full stop");
  }
}
