package io.github.cloudtrailschema.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 24: the one sanitiser at a terminal sink, and the one rule for CSV cells. */
class TerminalWriterTest {
  private static String through(String... writes) throws IOException {
    StringWriter out = new StringWriter();
    TerminalWriter w = new TerminalWriter(out);
    for (String s : writes) {
      w.write(s);
    }
    w.flush();
    return out.toString();
  }

  @Test
  void controlsAreEscapedAndStyleColoursPass() throws IOException {
    String coloured = Style.ANSI.key("policyName") + ": " + Style.ANSI.type("string");
    assertThat(through(coloured + "\n")).isEqualTo(coloured + "\n");
    assertThat(through("a\u001b]0;PWNED\u0007b\u001b[2Jc\u009b31m\u202ed\te\n"))
        .isEqualTo("a\\e]0;PWNED\\x07b\\e[2Jc\\x9b31m\\u202ed\te\n");
    // an SGR that is not one of Style's (conceal) is escaped too
    assertThat(through("\u001b[8mhidden")).isEqualTo("\\e[8mhidden");
  }

  @Test
  void sequencesCutBetweenWritesAreJudgedWhole() throws IOException {
    assertThat(through("x\u001b[3", "4my", "\u001b[0m")).isEqualTo("x\u001b[34my\u001b[0m");
    assertThat(through("a\r", "\nb\r", "c")).isEqualTo("a\r\nb\\x0dc");
    assertThat(through("tail\u001b[")).isEqualTo("tail\\e[");
  }

  @Test
  void csvCellsAreNeitherFormulasNorControls() {
    assertThat(CsvCell.of("=1+1")).isEqualTo("\"'=1+1\"");
    assertThat(CsvCell.of("+1")).isEqualTo("\"'+1\"");
    assertThat(CsvCell.of("-1")).isEqualTo("\"'-1\"");
    assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvCell.of("\tx")).isEqualTo("\"'\\x09x\"");
    assertThat(CsvCell.of("\rx")).isEqualTo("\"'\\x0dx\"");
    assertThat(CsvCell.of("a,b \"c\"")).isEqualTo("\"a,b \"\"c\"\"\"");
    assertThat(CsvCell.of("a\u001b[2Jb")).isEqualTo("a\\e[2Jb");
    assertThat(CsvCell.of("GetObject")).isEqualTo("GetObject");
    assertThat(CsvCell.of("")).isEmpty();
  }
}
