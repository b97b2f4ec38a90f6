package io.github.cloudtrailschema.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DocHtmlTest {
  private static String json(String html) throws Exception {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      DocHtml.write(html, g);
    }
    return w.toString();
  }

  @Test
  void keepsTheMarkupAwsDocumentationUses() throws Exception {
    assertThat(json("<p>Creates a <code>Policy</code>, see <a href=\"https://docs.aws.amazon.com/x\">docs</a>.</p>"))
        .isEqualTo(
            "[{\"t\":\"p\",\"c\":[\"Creates a \",{\"t\":\"code\",\"c\":[\"Policy\"]},\", see \","
                + "{\"t\":\"a\",\"href\":\"https://docs.aws.amazon.com/x\",\"c\":[\"docs\"]},\".\"]}]");
  }

  @Test
  void dropsScriptsHandlersAndJavascriptLinks() throws Exception {
    String out =
        json(
            "<p>a<script>alert(1)</script></p><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a>"
                + "<a href=\"JaVaScRiPt:alert(5)\">y</a><iframe src=\"javascript:alert(6)\"></iframe>"
                + "<svg onload=alert(7)></svg><a href=\"data:text/html,<script>alert(8)</script>\">z</a>");
    assertThat(out).doesNotContainIgnoringCase("script").doesNotContain("alert", "img", "onerror",
        "onclick", "iframe", "svg", "href", "data:");
    assertThat(out).contains("\"x\"", "\"y\"", "\"z\"");
  }

  @Test
  void unknownTagsKeepTheirText() throws Exception {
    assertThat(json("<fullname>AWS</fullname> <note>Careful</note>")).isEqualTo("[\"AWS Careful\"]");
  }

  @Test
  void blankDocumentationIsAnEmptyList() throws Exception {
    assertThat(json("")).isEqualTo("[]");
    assertThat(json(null)).isEqualTo("[]");
  }
}
