#!/usr/bin/env python3
"""Extract Cloud Custodian's AWS resource metadata and cloudtrail-mode shortcuts from a c7n
source tree, by importing it (no network).

    PYTHONPATH=$C7N_SRC:<shims> python3 extract_c7n_metadata.py --tag 0.9.51.0 \
        --commit <sha> --out-dir DIR

Writes DIR/custodian-resources.tsv, DIR/custodian-shortcuts.tsv and prints a summary.

Per resource type (c7n.resources.aws.AWS.resources after load_resources(('aws.*',)), plus one
row per registered alias) it reads the resource_type (TypeInfo) attributes, decides
cloudtrail-mode support twice -- from the mechanism (c7n/policy.py CloudTrailMode.validate:
ChildResourceManager without resource_type.supports_trailevents is refused) and by actually
validating a minimal cloudtrail policy (Policy(...).validate(), as `custodian validate` does) --
and fails if the two disagree. The `ids_accepted` column comes from the get_resources lookup
chain (c7n_lookup_chain.py): c7n's default ResourceQuery.get is derived from filter_name/
filter_type/id; every override is described by hand in REVIEWED below, keyed by the override's
qualified name, so a release that changes an override shows up as 'UNREVIEWED'.
"""
import argparse
import collections
import inspect
import os
import sys

from c7n_lookup_chain import lookup_chain, source_class

# Hand-read descriptions of every non-default get_resources path, keyed by resource type, with
# the chain of overrides they were read from. accepts: ';'-separated forms of a cloudtrail-mode
# id that the lookup finds: a resource field name (its value), 'arn' (an ARN of the resource,
# parsed), '*' (ids ignored: the account-level resource is always returned), '-' (nothing is
# ever found).
REVIEWED = {
    'account': ('DescribeAccount.get_resources', '*',
                'ids ignored: returns the current account'),
    'ami': ('DescribeImageSource.get_resources', 'ImageId',
            'server filter ImageIds; ids AWS reports malformed/unknown are dropped and retried'),
    'app-elb': ('DescribeAppElb.get_resources', 'LoadBalancerArn;LoadBalancerName',
                "first id starting 'arn:' -> LoadBalancerArns, else Names (all ids one form)"),
    'appmesh-virtualgateway': ('DescribeVirtualGatewayDefinition.get_resources', 'metadata.arn',
                               'ARN only: parsed into meshName/virtualGatewayName'),
    'appmesh-virtualnode': ('DescribeVirtualNodeDefinition.get_resources', 'metadata.arn',
                            'ARN only: parsed into meshName/virtualNodeName'),
    'backup-plan': ('DescribeBackup.get_resources', 'BackupPlanId',
                    'get_backup_plan(BackupPlanId=id): the plan id, NOT the declared id field '
                    'BackupPlanName'),
    'backup-vault': ('DescribeVault.get_resources', 'BackupVaultName',
                     'describe_backup_vault(BackupVaultName=id)'),
    'bedrock-customization-job': ('DescribeBedrockCustomizationJob.get_resources',
                                  'jobArn;jobName',
                                  'get_model_customization_job(jobIdentifier=id) (ARN or name); '
                                  'only InProgress jobs are returned'),
    'cloudhsm-cluster': ('DescribeCloudHSMCluster.get_resources', 'ClusterId',
                         "describe_clusters(Filters={'clusterIds': ids})"),
    'codecommit': ('CodeRepository.get_resources', 'repositoryName',
                   'builds {repositoryName: id} and augments (batch_get_repositories)'),
    'codedeploy-group': ('DescribeDeploymentGroup.get_query', 'deploymentGroupId',
                         'child query with parent id captured; client match on id'),
    'dax': ('DynamoDbAccelerator.get_resources>DescribeDaxCluster.get_resources', 'ClusterName',
            'describe_clusters(ClusterNames=ids); augment disabled'),
    'distribution': ('DescribeDistribution.get_resources', 'Id;arn',
                     'an ARN is reduced to its resource part (the distribution id); then '
                     'client match on Id'),
    'dms-instance': ('InstanceDescribe.get_resources', 'ReplicationInstanceIdentifier',
                     'server filter replication-instance-id'),
    'ebs': ('EBS.get_resources', 'VolumeId',
            'server filter VolumeIds; unknown ids dropped and retried'),
    'ebs-snapshot': ('Snapshot.get_resources', 'SnapshotId',
                     'server filter SnapshotIds; unknown ids dropped and retried'),
    'ec2': ('DescribeEC2.get_resources', 'InstanceId', 'server filter InstanceIds'),
    'ecr-image': ('RepositoryImageDescribeSource.get_query>ECRImageQuery.get',
                  'repositoryName/imageDigest',
                  "child query; keeps images whose '<repositoryName>/<imageDigest>' is in ids "
                  "(passes ImageIds=[ids] to the enumeration)"),
    'ecs-service': ('Service.get_resources>ECSClusterResourceDescribeSource.get_resources',
                    'serviceArn',
                    'new-format ARN only (arn:...:service/<cluster>/<name>), else '
                    'PolicyExecutionError'),
    'ecs-task': ('Task.get_resources>ECSClusterResourceDescribeSource.get_resources', 'taskArn',
                 'new-format ARN only (arn:...:task/<cluster>/<id>), else PolicyExecutionError'),
    'ecs-task-definition': ('TaskDefinition.get_resources>DescribeTaskDefinition.get_resources',
                            'taskDefinitionArn;family:revision',
                            'describe_task_definition(taskDefinition=id): ARN, family or '
                            'family:revision'),
    'ecs-container-instance': ('ECSClusterResourceDescribeSource.get_resources',
                               'containerInstanceArn',
                               'new-format ARN only (arn:...:container-instance/<cluster>/<id>)'),
    'eks-nodegroup': ('NodeGroupDescribeSource.get_query', 'nodegroupArn',
                      'child query with parent id captured; client match on nodegroupArn'),
    'elasticsearch': ('DescribeDomain.get_resources', 'DomainName',
                      'ids passed to augment, which describes them as domain names'),
    'emr': ('EMRCluster.get_resources', 'Id', 'describe_cluster(ClusterId=id)'),
    'flow-log': ('DescribeFlow.get_resources', 'FlowLogId', 'server filter flow-log-id'),
    'fsx': ('DescribeFSx.get_resources', 'FileSystemId;arn',
            "an id starting 'arn:' is reduced to its last '/' part; FileSystemIds"),
    'glue-catalog': ('GlueDataCatalog.get_resources', '*',
                     "ids ignored: returns {'CatalogId': account_id}"),
    'glue-table': ('DescribeTable.get_query', 'Name',
                   'child query with parent id captured; client match on Name'),
    'iam-group': ('DescribeGroup.get_resources', 'GroupName', 'get_group(GroupName=id)'),
    'iam-policy': ('DescribePolicy.get_resources', 'Arn',
                   'get_policy(PolicyArn=id): the policy ARN, NOT the declared id field PolicyId'),
    'iam-role': ('DescribeRole.get_resources', 'RoleName;arn',
                 "an ARN is reduced to its resource part (wrong for a role with a path: "
                 "'path/name'); get_role(RoleName=id)"),
    'iam-user': ('DescribeUser.get_resources', 'UserName', 'get_user(UserName=id); no ARN'),
    'keyspace': ('DescribeKeyspaces.get_resources', 'keyspaceName',
                 'default lookup minus system keyspaces'),
    'kms-key': ('DescribeKey.get_resources', 'KeyId;Arn;alias',
                'describe_key(KeyId=id) per id (key id, key ARN, alias name/ARN) below the '
                'fetch threshold; else client match on KeyId'),
    'lambda': ('AWSLambda.get_resources>DescribeLambda.get_resources', 'FunctionName;FunctionArn',
               'get_function(FunctionName=id): name, ARN or partial ARN'),
    'launch-template-version': ('LaunchTemplate.get_resources', 'LaunchTemplateId',
                                'describe_launch_template_versions(LaunchTemplateId=id), all '
                                'versions'),
    'ops-item': ('OpsItem.get_resources', 'OpsItemId', 'OpsItemFilters OpsItemId Equal'),
    'opswork-cm': ('DescribeRemoved.get_resources', '-', 'service removed: returns []'),
    'opswork-stack': ('DescribeRemoved.get_resources', '-', 'service removed: returns []'),
    'prefix-list': ('PrefixListDescribe.get_resources', 'PrefixListId',
                    'server filter prefix-list-id'),
    'qldb': ('DescribeRemoved.get_resources', '-', 'service removed: returns []'),
    'quicksight-account': ('QuicksightAccount.get_resources', '*',
                           'ids ignored: returns the account'),
    'rds-cluster': ('DescribeCluster.get_resources', 'DBClusterIdentifier',
                    'server filter db-cluster-id (AWS also accepts cluster ARNs there)'),
    'rds-cluster-snapshot': ('DescribeClusterSnapshot.get_resources',
                             'DBClusterSnapshotIdentifier',
                             'server filter db-cluster-snapshot-id (AWS also accepts ARNs)'),
    'rds-snapshot': ('DescribeRDSSnapshot.get_resources', 'DBSnapshotIdentifier',
                     'one describe_db_snapshots(DBSnapshotIdentifier=id) per id'),
    'rest-account': ('RestAccount.get_resources', '*', 'ids ignored: returns the account'),
    'rest-resource': ('DescribeRestResource.get_query', 'id',
                      'child query with parent id captured; client match on id'),
    'rest-stage': ('DescribeRestStage.get_resources>DescribeRestStage.get_query',
                   'deploymentId;arn',
                   "'arn:aws:apigateway:<r>::/restapis/<api>/stages/<stage>' -> get_stage -> "
                   "deploymentId; anything else is used as a deploymentId"),
    'sns-subscription': ('DescribeSubscription.get_resources', 'SubscriptionArn',
                         'get_subscription_attributes(SubscriptionArn=id)'),
    'sqs': ('SQS.get_resources', 'QueueUrl;QueueName',
            "a URL is reduced to the queue name; QueueNamePrefix (one id) then exact name "
            "match; an ARN is not understood"),
    'subnet': ('DescribeSubnets.get_resources', 'SubnetId',
               'server filter SubnetIds; unknown ids dropped and retried'),
    'transfer-user': ('TransferUser.get_resources>DescribeTransferUser.get_query', 'UserName',
                      'child query with parent id captured; client match on UserName'),
    'wafv2': ('DescribeWafV2.get_resources', 'Id',
              'lists the scope (policy query, default REGIONAL) and matches Id client-side'),
}


def rel(path):
    return path[path.rfind('/c7n/') + 1:] if '/c7n/' in path else path


# c7n's default lookup with a server-side filter hands the ids to an AWS API parameter
# (filter_name): what that parameter accepts is AWS's, read from the parameter's documentation in
# the botocore model (the version is in the table's header). Only the types whose parameter takes
# more, or other, than the declared id are listed; keyed by type, with the filter they were read
# for (a release that changes the filter shows up as a problem).
FILTER_ACCEPTS = {
    'batch-compute': ('computeEnvironments', 'computeEnvironmentName;computeEnvironmentArn',
                      'DescribeComputeEnvironments.computeEnvironments: names or ARNs'),
    'batch-definition': ('jobDefinitions', 'jobDefinitionArn',
                         'DescribeJobDefinitions.jobDefinitions: an ARN or name:revision; '
                         'a bare jobDefinitionName is neither'),
    'batch-queue': ('jobQueues', 'jobQueueName;jobQueueArn',
                    'DescribeJobQueues.jobQueues: names or ARNs'),
    'cfn': ('StackName', 'StackName;StackId', 'DescribeStacks.StackName: the name or the stack id'),
    'cloudtrail': ('trailNameList', 'TrailARN;Name',
                   'DescribeTrails.trailNameList: trail names, trail ARNs, or both'),
    'kafka': ('ClusterNameFilter', 'ClusterName',
              'ListClustersV2.ClusterNameFilter: a name prefix (one id; several are matched on '
              'ClusterArn client-side)'),
    'key-pair': ('KeyNames', '-',
                 'match_ids keeps only ids starting key- (the KeyPairId form), then '
                 'DescribeKeyPairs.KeyNames takes key pair names: no id passes both'),
    'log-group': ('logGroupNamePrefix', 'logGroupName',
                  'DescribeLogGroups.logGroupNamePrefix: a name prefix (one id)'),
    'rds': ('DBInstanceIdentifier', 'DBInstanceIdentifier;DBInstanceArn',
            'DescribeDBInstances.DBInstanceIdentifier: the identifier or the ARN'),
    # One id goes to the endpoint's name: an endpoint name finds that endpoint's definitions,
    # and the definition's own name or ARN finds nothing.
    'sagemaker-data-quality-job-definition': (
        'EndpointName', '-',
        'one id: ListDataQualityJobDefinitions.EndpointName, the definitions of an endpoint; '
        'no id of the definition itself finds it'),
    'sagemaker-model-explainability-job-definition': (
        'EndpointName', '-',
        'one id: ListModelExplainabilityJobDefinitions.EndpointName, the definitions of an '
        'endpoint; no id of the definition itself finds it'),
    'sagemaker-model-quality-job-definition': (
        'EndpointName', '-',
        'one id: ListModelQualityJobDefinitions.EndpointName, the definitions of an endpoint; '
        'no id of the definition itself finds it'),
    'sagemaker-transform-job': ('NameContains', 'TransformJobName',
                                'one id: ListTransformJobs.NameContains, a part of the name'),
    'shield-attack': ('ResourceArns', '-',
                      'ListAttacks.ResourceArns: the ARNs of the attacked resources, not an '
                      'attack id'),
}


# c7n's default lookup without a server filter compares r[id] client-side: where the value the
# listing returns has another form than the records' own ids, the table says which record field
# has the listing's form ('Parent.Field': the field under an object of that name).
VALUE_FORMS = {
    'guardduty-finding': ('AccountId', '-',
                          "the declared id is AccountId: an account id finds all of the account's "
                          "findings, a finding's own id none"),
    'hostedzone': ('Id', 'HostedZone.Id',
                   "ListHostedZones' Id is '/hostedzone/<zone id>': the bare zone id the requests "
                   "carry (hostedZoneId) matches none; CreateHostedZone's response hostedZone.id "
                   "has the listing's form"),
}


def default_lookup(name, m, child, problems):
    fn, ft = m.filter_name, m.filter_type
    accepts = m.id
    if child:
        how = 'lists every parent\'s children, matches %s client-side' % m.id
    elif fn and ft == 'list':
        how = 'server filter %s=[ids]' % fn
    elif fn and ft == 'scalar':
        how = 'server filter %s=id for one id, else lists all and matches %s' % (fn, m.id)
    else:
        how = 'lists all, matches %s client-side' % m.id
    vf = VALUE_FORMS.get(name)
    if vf is not None and not fn:
        if vf[0] != m.id:
            problems.append('%s: VALUE_FORMS read for id %s, the type has %s' % (name, vf[0], m.id))
        accepts = vf[1]
        how += ' (%s)' % vf[2]
    fa = FILTER_ACCEPTS.get(name)
    if fa is not None and not child:
        if fa[0] != fn:
            problems.append('%s: FILTER_ACCEPTS read for filter %s, the type has %s' % (
                name, fa[0], fn))
        accepts = fa[1]
        how += ' (%s)' % fa[2]
    return accepts, 'default ResourceQuery.get: ' + how


def qualified(type_name):
    return type_name if type_name.startswith('aws.') else 'aws.' + type_name


def mechanism_trail(klass):
    from c7n import query
    if isinstance(klass, type) and issubclass(klass, query.ChildResourceManager):
        if not getattr(klass.resource_type, 'supports_trailevents', False):
            return False, 'child of %s, resource_type.supports_trailevents unset' % (
                qualified(klass.resource_type.parent_spec[0]))
        return True, 'child of %s with supports_trailevents' % (
            qualified(klass.resource_type.parent_spec[0]))
    return True, ''


def validate_trail(type_name):
    """Validate a minimal cloudtrail policy for the type as `custodian validate` does."""
    from c7n.config import Config
    from c7n.policy import Policy
    from c7n.config import Bag
    from c7n import schema
    data = {'policies': [{
        'name': 'probe', 'resource': 'aws.' + type_name,
        'mode': {'type': 'cloudtrail', 'role': 'arn:aws:iam::{account_id}:role/x',
                 'events': [{'source': 'x.amazonaws.com', 'event': 'X',
                             'ids': 'requestParameters.x'}]}}]}
    errs = schema.validate(data, SCHEMA[0])
    if errs:
        return False, 'schema: %s' % str(errs[0]).splitlines()[0]
    try:
        Policy(data['policies'][0], Config.empty(dryrun=True, account_id='na', region='na'),
               Bag()).validate()
    except Exception as e:  # noqa
        return False, str(e).splitlines()[0]
    return True, ''


SCHEMA = [None]
BOTOCORE = ['?']


def botocore_names(service, problems):
    """botocore's serviceId and endpointPrefix of the boto3 client a type declares: how the
    type's service is found among cloudtrail-schema's models (whose metadata carry the same)."""
    import botocore
    import botocore.session
    BOTOCORE[0] = botocore.__version__
    if not service:
        return '-', '-'
    try:
        md = botocore.session.get_session().get_service_model(service).metadata
    except Exception as e:  # noqa
        problems.append('%s: no botocore model (%s)' % (service, e))
        return '-', '-'
    return md.get('serviceId', '-'), md.get('endpointPrefix', '-')


def chain_key(chain):
    return '>'.join(c[1] for c in chain)


def source_type(klass):
    from c7n import query
    if not (isinstance(klass, type) and issubclass(klass, query.QueryResourceManager)):
        return '-'
    probe = object.__new__(klass)
    probe.data = {}
    return probe.source_type


def val(v):
    if v is None or v == '':
        return '-'
    if v is False:
        return 'False'
    return str(v).replace('\t', ' ')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--tag', required=True)
    ap.add_argument('--commit', required=True)
    ap.add_argument('--date', default='')
    ap.add_argument('--out-dir', required=True)
    a = ap.parse_args()

    from c7n.resources import load_resources
    load_resources(('aws.*',))
    from c7n.resources.aws import AWS
    from c7n import query, schema
    from c7n.cwe import CloudWatchEvents
    SCHEMA[0] = schema.generate()

    rows = []
    problems = []
    aliases = []
    for name, klass in sorted(AWS.resources.items()):
        for al in (getattr(klass, 'type_aliases', None) or ()):
            aliases.append((al, name))
    names = sorted([(n, None) for n in AWS.resources.keys()] + [(al, n) for al, n in aliases])
    for name, alias_of in names:
        klass = AWS.resources.get(alias_of or name)
        m = klass.resource_type
        child = issubclass(klass, query.ChildResourceManager)
        chain, src = lookup_chain(klass)
        # a source_type property override (ecs-task) picks a source other than the mapping's
        st = source_type(klass)
        if st not in ('-', 'describe', 'describe-child') or (
                st == 'describe-child' and not child):
            srcc = klass.source_mapping.get(st) if st in klass.source_mapping else \
                query.sources.get(st)
            if srcc is not None and srcc is not src:
                src = srcc
                so = next(c for c in srcc.__mro__ if 'get_resources' in c.__dict__)
                if so is not query.DescribeSource:
                    fn = so.__dict__['get_resources']
                    chain = [c for c in chain if c[0] != 'source.get_resources'] + [
                        ('source.get_resources', fn.__qualname__, rel(inspect.getsourcefile(fn)),
                         inspect.getsourcelines(fn)[1])]
        mech_ok, mech_why = mechanism_trail(klass)
        real_ok, real_why = validate_trail(name)
        if mech_ok != real_ok:
            problems.append('%s: mechanism says %s (%s), validate says %s (%s)' % (
                name, mech_ok, mech_why, real_ok, real_why))
        if real_ok:
            trail = 'yes' + (' (%s)' % mech_why if mech_why else '')
        else:
            trail = real_why + (' [%s]' % mech_why if mech_why else '')
        key = alias_of or name
        if chain:
            ck = chain_key(chain)
            rev = REVIEWED.get(key)
            if rev is None or rev[0] != ck:
                accepts, how = 'UNREVIEWED', ck
                problems.append('%s: lookup chain %s not reviewed (have %s)' % (
                    name, ck, rev and rev[0]))
            else:
                accepts = rev[1]
                how = 'custom %s (%s): %s' % (
                    ck, ', '.join('%s:%s' % (c[2], c[3]) for c in chain), rev[2])
        else:
            accepts, how = default_lookup(key, m, child, problems)
        f = rel(inspect.getsourcefile(klass))
        line = inspect.getsourcelines(klass)[1]
        service_id, endpoint_prefix = botocore_names(getattr(m, 'service', None), problems)
        rows.append([
            'aws.' + name, 'aws.' + alias_of if alias_of else '-',
            '%s:%d' % (f.replace('c7n/resources/', ''), line), klass.__name__,
            val(getattr(m, 'service', None)), service_id, endpoint_prefix,
            val(getattr(m, 'id', None)),
            val(getattr(m, 'name', None)), val(getattr(m, 'arn', None)),
            val(getattr(m, 'arn_type', None)), val(getattr(m, 'arn_service', None)),
            val(getattr(m, 'id_prefix', None)) if getattr(m, 'id_prefix', None) != '' else '""',
            val(getattr(m, 'cfn_type', None)), val(getattr(m, 'config_type', None)),
            val('%s (%s)' % (m.filter_name, m.filter_type) if getattr(m, 'filter_name', None)
                else None),
            qualified(m.parent_spec[0]) if child else '-',
            'yes' if real_ok else 'no', trail if not real_ok or mech_why else '-',
            accepts, how, a.tag])

    hdr = HEADER.format(tag=a.tag, commit=a.commit, date=a.date, n=len(rows),
                        n_types=len(AWS.resources), n_alias=len(aliases),
                        n_no=sum(1 for r in rows if r[17] == 'no'), botocore=BOTOCORE[0])
    unused = (set(FILTER_ACCEPTS) | set(VALUE_FORMS)) - set(n for n, _ in names)
    problems.extend('FILTER_ACCEPTS/VALUE_FORMS name no type: %s' % n for n in sorted(unused))
    cols = ['resource', 'alias_of', 'file', 'class', 'service', 'service_id', 'endpoint_prefix',
            'id', 'name', 'arn', 'arn_type',
            'arn_service', 'id_prefix', 'cfn_type', 'config_type', 'filter', 'parent',
            'cloudtrail', 'cloudtrail_why', 'ids_accepted', 'lookup', 'checked']
    with open(os.path.join(a.out_dir, 'custodian-resources.tsv'), 'w') as fh:
        fh.write(hdr)
        fh.write('# ' + '\t'.join(cols) + '\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')

    # shortcuts: same columns as the current curated file
    with open(os.path.join(a.out_dir, 'custodian-shortcuts.tsv'), 'w') as fh:
        fh.write(SHORTCUT_HEADER.format(tag=a.tag, commit=a.commit, date=a.date))
        fh.write('# shortcut\teventSource\teventName\tids\n')
        n = 0
        for k, v in CloudWatchEvents.trail_events.items():
            ids = v['ids'] if isinstance(v['ids'], str) else v['ids'].expression
            fh.write('\t'.join([k, v['source'], v.get('event', k), ids]) + '\n')
            n += 1
    print('resources: %d rows (%d types + %d aliases), %d refuse cloudtrail mode; '
          'shortcuts: %d' % (len(rows), len(AWS.resources), len(aliases),
                             sum(1 for r in rows if r[17] == 'no'), n))
    for p in problems:
        print('PROBLEM', p)
    return 1 if problems else 0


HEADER = """\
# Cloud Custodian's AWS resource types as one tagged c7n release declares them: which type a
# generated cloudtrail-mode policy may name, whether c7n accepts it in cloudtrail mode, and what its
# `ids` must hold for the type's lookup to find the resource (rules: trail/CustodianResources.java).
# Release: cloud-custodian/cloud-custodian tag {tag}, commit {commit}{date}; no type
# from a later or unmerged commit. Every row was read from that tag's source by importing it
# (bench/custodian/extract_c7n_metadata.py over `git archive {tag}`, python 3.11, botocore
# {botocore}): load_resources(('aws.*',)), then each c7n.resources.aws.AWS.resources entry and each
# registered alias. {n} rows: {n_types} types + {n_alias} aliases. Regenerate with that script; do not
# edit rows by hand (it fails on a lookup override it has no reviewed note for).
# Columns:
#   resource         the type a policy names (aws.<registry key>)
#   alias_of         for an alias (registry `aliases=`), the type it resolves to; else -
#   file             c7n/resources/<file>:<line of the class> at the tag (the row's evidence)
#   class            the resource manager class
#   service          resource_type.service, the boto3 client name
#   service_id, endpoint_prefix: botocore's metadata of that client (how the type's events are found
#                    among this project's models, whose metadata carry the same; - = none)
#   id, name, arn, arn_type, arn_service, id_prefix, cfn_type, config_type: the resource_type
#                    attributes ("-" = None/unset; arn "False" = declared without ARN; id_prefix ""
#                    = declared empty, i.e. match_ids keeps every id)
#   filter           filter_name (filter_type) of the default lookup, or -
#   parent           for a ChildResourceManager, its parent type (resource_type.parent_spec[0])
#   cloudtrail       yes/no: does a `mode: {{type: cloudtrail}}` policy for the type pass
#                    `custodian validate`? Decided by validating a minimal policy with
#                    c7n.policy.Policy.validate() and cross-checked with the mechanism
#                    (c7n/policy.py CloudTrailMode.validate: "resource:%s does not support
#                    cloudtrail mode policies" for a query.ChildResourceManager whose resource_type
#                    lacks supports_trailevents = True). {n_no} rows say no.
#   cloudtrail_why   the refusal (validate's message [the mechanism]), or the child note; else -
#   ids_accepted     what a cloudtrail-mode id must be for get_resources(ids) to find the resource:
#                    ';'-separated fields of the resource whose value works (RoleName; 'A.B': the
#                    field B under an object A, where only that one has the form), 'arn' = an
#                    ARN of the resource, '*' = ids ignored (the account's one resource), '-' =
#                    no id of the resource finds it (a removed service; a lookup keyed on another
#                    resource, such as an endpoint's job definitions). LambdaMode.resolve_resources applies match_ids first:
#                    with an id_prefix, ids not starting with it are dropped before the lookup.
#   lookup           the path get_resources(ids) takes in cloudtrail mode: c7n's default
#                    ResourceQuery.get (a server-side filter, with what the AWS parameter accepts
#                    where that is more than the id, or list everything and compare r[id]), or each
#                    override on the way with its file:line and what it does with an id
#   checked          the release tag every field was read from
"""

SHORTCUT_HEADER = """\
# Cloud Custodian's mode.events shortcuts: a string in a cloudtrail-mode policy's events list
# stands for {{source, event, ids}} as below.
# Evidence: cloud-custodian/cloud-custodian tag {tag} (commit {commit}{date}), c7n/cwe.py,
# CloudWatchEvents.trail_events, read by importing it (bench/custodian/extract_c7n_metadata.py).
# Beware: a string entry stands for its KEY as the eventName everywhere at run time. The rule
# subscribes eventName = the string itself (c7n/mu.py CloudWatchEventSource
# .resolve_cloudtrail_payload appends e, only `source` is taken from the table), and get_ids looks
# the entry up by the logged detail.eventName (c7n/cwe.py get_trail_ids + match);
# CloudTrailMode.validate only checks that the string is a key. The `event` field
# (CreateFunction -> CreateFunction20150331) is read by neither: a `- CreateFunction` policy
# validates, subscribes to eventName CreateFunction, which Lambda never logs, and get_ids on a
# CreateFunction20150331 record returns []. Use a shortcut only where key == logged eventName.
"""

if __name__ == '__main__':
    sys.exit(main())
