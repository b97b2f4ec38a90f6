package io.github.cloudtrailschema.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {
  @Test
  void identifiersSplitIntoWords() {
    assertThat(Tokens.words("AuthorizeSecurityGroupIngress"))
        .containsExactly("authorize", "security", "group", "ingress");
    assertThat(Tokens.words("DeactivateMFADevice")).containsExactly("deactivate", "mfa", "device");
    assertThat(Tokens.words("CreateFunction20150331")).containsExactly("create", "function");
    assertThat(Tokens.words("ec2 s3 Route53 GetSAMLProvider"))
        .containsExactly("ec2", "s3", "route53", "get", "saml", "provider");
    assertThat(Tokens.words("requestParameters.ipPermissions[].cidrIp"))
        .containsExactly("request", "parameters", "ip", "permissions", "cidr", "ip");
  }

  @ParameterizedTest
  @CsvSource({
    "opened, open",
    "opens, open",
    "policies, policy",
    "disabled, disabl",
    "disable, disabl",
    "logging, log",
    "logs, log",
    "stopped, stop",
    "added, add",
    "modified, modify",
    "modifies, modify",
    "deletion, delet",
    "deleted, delet",
    "access, access",
    "kms, kms",
    "keys, key"
  })
  void stemsMeetAcrossForms(String word, String stem) {
    assertThat(Tokens.stem(word)).isEqualTo(stem);
  }

  @Test
  void stopWordsLeaveProse() {
    assertThat(Tokens.terms("Someone opened a security group to the internet"))
        .containsExactly("open", "security", "group", "internet");
  }
}
