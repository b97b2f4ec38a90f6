package io.github.cloudtrailschema.athena;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code CREATE EXTERNAL TABLE} of CloudTrail logs in Athena: the columns, SerDe and input
 * format of the table AWS documents (Athena user guide, "Create the table for CloudTrail logs in
 * Athena using partition projection"), with partition projection over account, region and day so
 * that neither {@code MSCK REPAIR} nor {@code ALTER TABLE ADD PARTITION} is ever needed, for a
 * single-account trail or an organisation trail ({@code AWSLogs/o-…/<account>/…}).
 *
 * @param bucket the trail's bucket
 * @param prefix the trail's key prefix, without slashes at either end, or empty
 * @param organization the organisation id of an organisation trail, or null
 * @param table the table name
 * @param accounts the accounts to project (an enum projection needs its values)
 * @param regions the regions to project
 * @param since the first day to project; the range runs to {@code NOW}
 */
public record CloudTrailTable(
    String bucket,
    String prefix,
    String organization,
    String table,
    List<String> accounts,
    List<String> regions,
    LocalDate since) {

  /** The table name the CloudTrail console and Athena's documentation use. */
  public static final String DEFAULT_TABLE = "cloudtrail_logs";

  /**
   * The commercial regions (AWS General Reference, "AWS Regions", 2026). An enum projection over a
   * region with no logs costs one empty S3 listing, so a complete list is the safe default.
   */
  public static final List<String> COMMERCIAL_REGIONS =
      List.of(
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2",
          "af-south-1",
          "ap-east-1",
          "ap-east-2",
          "ap-south-1",
          "ap-south-2",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-4",
          "ap-southeast-5",
          "ap-southeast-7",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ca-central-1",
          "ca-west-1",
          "eu-central-1",
          "eu-central-2",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "eu-south-1",
          "eu-south-2",
          "eu-north-1",
          "il-central-1",
          "me-south-1",
          "me-central-1",
          "mx-central-1",
          "sa-east-1");

  /**
   * The columns of AWS's documented table, in its order and with its types. Request parameters,
   * response elements and the other free-form parts are JSON text: {@code json_extract} reads them.
   */
  static final List<String> COLUMNS =
      List.of(
          "eventversion STRING",
          "useridentity STRUCT<\n    type: STRING,\n    principalid: STRING,\n    arn: STRING,\n"
              + "    accountid: STRING,\n    invokedby: STRING,\n    accesskeyid: STRING,\n"
              + "    username: STRING,\n"
              + "    onbehalfof: STRUCT<userid: STRING, identitystorearn: STRING>,\n"
              + "    sessioncontext: STRUCT<\n"
              + "      attributes: STRUCT<mfaauthenticated: STRING, creationdate: STRING>,\n"
              + "      sessionissuer: STRUCT<type: STRING, principalid: STRING, arn: STRING,"
              + " accountid: STRING, username: STRING>,\n"
              + "      ec2roledelivery: STRING,\n"
              + "      webidfederationdata: STRUCT<federatedprovider: STRING,"
              + " attributes: MAP<STRING, STRING>>>>",
          "eventtime STRING",
          "eventsource STRING",
          "eventname STRING",
          "awsregion STRING",
          "sourceipaddress STRING",
          "useragent STRING",
          "errorcode STRING",
          "errormessage STRING",
          "requestparameters STRING",
          "responseelements STRING",
          "additionaleventdata STRING",
          "requestid STRING",
          "eventid STRING",
          "readonly STRING",
          "resources ARRAY<STRUCT<arn: STRING, accountid: STRING, type: STRING>>",
          "eventtype STRING",
          "apiversion STRING",
          "recipientaccountid STRING",
          "serviceeventdetails STRING",
          "sharedeventid STRING",
          "vpcendpointid STRING",
          "vpcendpointaccountid STRING",
          "eventcategory STRING",
          "addendum STRUCT<reason: STRING, updatedfields: STRING, originalrequestid: STRING,"
              + " originaleventid: STRING>",
          "sessioncredentialfromconsole STRING",
          "edgedevicedetails STRING",
          "tlsdetails STRUCT<tlsversion: STRING, ciphersuite: STRING,"
              + " clientprovidedhostheader: STRING>");

  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9!_.*()/-]*");
  static final Pattern ORG = Pattern.compile("o-[a-z0-9]{10,32}");
  static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  public CloudTrailTable {
    check(BUCKET, bucket, "--bucket", "an S3 bucket name");
    prefix = prefix == null ? "" : strip(prefix);
    check(PREFIX, prefix, "--prefix", "a key prefix (letters, digits, / and !_.*()-)");
    if (organization != null) {
      check(ORG, organization, "--org", "an organisation id like o-a1b2c3d4e5");
    }
    table = SqlText.identifier(table == null ? DEFAULT_TABLE : table, "--table");
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("--account: at least one account id is needed");
    }
    accounts.forEach(a -> check(ACCOUNT, a, "--account", "a 12-digit account id"));
    regions = regions.isEmpty() ? COMMERCIAL_REGIONS : List.copyOf(regions);
    regions.forEach(r -> check(REGION, r, "--log-region", "a region like eu-west-1"));
    accounts = List.copyOf(accounts);
  }

  /** The DDL, one statement without a trailing semicolon (Trino's parser and JDBC reject one). */
  public String ddl() {
    String root = root();
    StringBuilder sb = new StringBuilder();
    sb.append("CREATE EXTERNAL TABLE IF NOT EXISTS ").append(table).append(" (\n");
    for (int i = 0; i < COLUMNS.size(); i++) {
      sb.append("  ").append(COLUMNS.get(i).replace("\n", "\n  "));
      sb.append(i < COLUMNS.size() - 1 ? ",\n" : "\n");
    }
    sb.append(")\n");
    sb.append("COMMENT 'CloudTrail logs, created by cloudtrail-schema athena ddl'\n");
    sb.append("PARTITIONED BY (account STRING, region STRING, `timestamp` STRING)\n");
    sb.append("ROW FORMAT SERDE 'org.apache.hive.hcatalog.data.JsonSerDe'\n");
    sb.append("STORED AS INPUTFORMAT 'com.amazon.emr.cloudtrail.CloudTrailInputFormat'\n");
    sb.append("OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'\n");
    sb.append("LOCATION ").append(SqlText.literal(root)).append("\n");
    sb.append("TBLPROPERTIES (\n");
    property(sb, "projection.enabled", "true", false);
    property(sb, "projection.account.type", "enum", false);
    property(sb, "projection.account.values", String.join(",", accounts), false);
    property(sb, "projection.region.type", "enum", false);
    property(sb, "projection.region.values", String.join(",", regions), false);
    property(sb, "projection.timestamp.type", "date", false);
    property(sb, "projection.timestamp.format", "yyyy/MM/dd", false);
    property(sb, "projection.timestamp.interval", "1", false);
    property(sb, "projection.timestamp.interval.unit", "DAYS", false);
    String start = since.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
    property(sb, "projection.timestamp.range", start + ",NOW", false);
    property(
        sb,
        "storage.location.template",
        root + "${account}/CloudTrail/${region}/${timestamp}",
        true);
    sb.append(")");
    return sb.toString();
  }

  /** Where the trail's log files start: {@code s3://B/P/AWSLogs/[o-…/]}. */
  public String root() {
    String root = "s3://" + bucket + "/" + (prefix.isEmpty() ? "" : prefix + "/") + "AWSLogs/";
    return organization == null ? root : root + organization + "/";
  }

  private static void property(StringBuilder sb, String key, String value, boolean last) {
    sb.append("  ").append(SqlText.literal(key)).append(" = ").append(SqlText.literal(value));
    sb.append(last ? "\n" : ",\n");
  }

  private static String strip(String p) {
    String s = p;
    while (s.startsWith("/")) {
      s = s.substring(1);
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  static void check(Pattern p, String value, String option, String expected) {
    if (value == null || !p.matcher(value).matches()) {
      String shown = value == null ? "nothing" : "'" + abbreviate(value) + "'";
      throw new IllegalArgumentException(option + ": expected " + expected + ", got " + shown);
    }
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
