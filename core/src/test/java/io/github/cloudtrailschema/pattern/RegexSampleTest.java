package io.github.cloudtrailschema.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexSampleTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "[\\w+=,.@-]+;1;128",
        "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?;0;100",
        "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$;0;2048",
        "(\\d{4}-\\d{2}-\\d{2})|(now);0;100",
        "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*;0;256",
        "[^/]{3,63};3;63",
        "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?;1;63",
        "[\\w]+;16;128",
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12};36;36",
        "^(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])$;1;253",
        "^arn:aws(-[a-z]{1,3}){0,2}:rbin:[a-z\\-0-9]{0,63}:[0-9]{12}:rule/[0-9a-zA-Z]{11}{0,1011}$;0;1011",
        "[\\d]+;6;6",
        "st-[a-zA-Z0-9]+;16;16",
        "^(?=^\\$)(?=^\\S+$).*$;1;100",
        "([\\n\\t])|(\\r\\n)|(,);1;2",
        "^(?i)(true|false)$;1;5",
        "(?i)all|[0-9]{12};1;12",
        "(?s)\\s*-----BEGIN CERTIFICATE-----.+-----END CERTIFICATE-----\\s*;1;2097152",
        "(?i:ab)c+;3;10",
        "^[^\\u0000-\\u00FF]$;1;1"
      })
  void samplesMatchTheirPatternAndLength(String regex, int min, int max) {
    String s = RegexSample.sample(regex, min, max).orElseThrow();
    assertThat(s).matches(regex);
    assertThat(s.length()).isBetween(min, max);
  }
}
